import { expect } from '@open-wc/testing';
import {
  buildReview,
  defineFieldType,
  describeValidationError,
  FIELD_TYPE_MESSAGES,
  FIELD_TYPES,
  INPUT_FIELD_SCHEMAS,
  INPUT_FIELD_TYPES,
  type KentekenField,
  normaliseKenteken,
  parseDefinition,
  VALIDATION_RULES,
  validateValues,
  type FormDefinition,
} from '@wmebv/core';
// A field type module on its own, without the registry or the rest of core's entry.
import { kentekenFieldType } from '../src/definition/fields/kenteken.js';
import { KentekenFieldSchema } from '../src/definition/fields/kenteken.schema.js';
import { i18nInstance, provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

function definitionWith(field: Record<string, unknown>): FormDefinition {
  const parsed = parseDefinition({
    id: 'parkeren',
    version: '1.0.0',
    title: 'Parkeervergunning',
    organisation: { name: 'Gemeente Voorbeeld' },
    messageType: 'aanvraag',
    locales: ['nl', 'en'],
    steps: [{ id: 'auto', title: 'Uw auto', fields: [field] }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.definition;
}

describe('field types: one module each, one list', () => {
  it('derives FIELD_TYPES and the validation rules from the registry', () => {
    expect(FIELD_TYPES).to.deep.equal([...INPUT_FIELD_TYPES.map((module) => module.type), 'fieldset', 'content']);
    for (const module of INPUT_FIELD_TYPES) {
      for (const rule of module.rules) expect(VALIDATION_RULES, `${module.type}: ${rule}`).to.include(rule);
    }
    expect(new Set(FIELD_TYPES).size).to.equal(FIELD_TYPES.length);
  });

  it('lists the schemas in the order of the checks, one for each type', () => {
    const schemaTypes = INPUT_FIELD_SCHEMAS.map((schema) => [...(schema.shape.type._zod.values as Set<string>)]);
    expect(schemaTypes).to.deep.equal(INPUT_FIELD_TYPES.map((module) => [module.type]));
  });

  it('gives every rule of every type a message in nl and en', () => {
    const definition = definitionWith({ id: 'x', type: 'text', label: 'X' });
    for (const rule of VALIDATION_RULES) {
      for (const locale of ['nl', 'en']) {
        const message = describeValidationError(
          definition,
          { field: 'x', target: 'field', rule, params: {}, messageKey: `validation.${rule}` },
          locale,
        );
        expect(message, `${rule} in ${locale}`).to.not.match(/^validation\./);
      }
    }
  });
});

describe('a field type carries the words of its own rules', () => {
  it('gives nl and en the same keys, and the same words wherever two types share a rule', () => {
    expect(Object.keys(FIELD_TYPE_MESSAGES.en).sort()).to.deep.equal(Object.keys(FIELD_TYPE_MESSAGES.nl).sort());
    for (const module of INPUT_FIELD_TYPES) {
      const own = (module as { messages?: { nl: Record<string, string>; en: Record<string, string> } }).messages;
      for (const locale of ['nl', 'en'] as const) {
        for (const [rule, words] of Object.entries(own?.[locale] ?? {})) {
          expect(FIELD_TYPE_MESSAGES[locale][rule as keyof typeof FIELD_TYPE_MESSAGES.nl], `${module.type}: ${rule} (${locale})`).to.equal(words);
          expect(module.rules as readonly string[], `${module.type} words a rule it reports`).to.include(rule);
        }
      }
    }
  });

  it('renders them exactly as i18next does', () => {
    const definition = definitionWith({ id: 'x', type: 'text', label: 'Naam' });
    for (const locale of ['nl', 'en'] as const) {
      for (const rule of Object.keys(FIELD_TYPE_MESSAGES[locale]) as Array<keyof typeof FIELD_TYPE_MESSAGES.nl>) {
        const expected = i18nInstance.getFixedT(locale)(`validation.${rule}`, { label: 'Naam' });
        const error = { field: 'x', target: 'field' as const, rule, params: {}, messageKey: `validation.${rule}` as const };
        expect(describeValidationError(definition, error, locale), `${rule} in ${locale}`).to.equal(expected);
        expect(expected, `${rule} in ${locale}`).to.equal(FIELD_TYPE_MESSAGES[locale][rule].replace('{{label}}', 'Naam'));
      }
    }
  });

  it('does not type-check a rule without words, or English that lacks a Dutch key', () => {
    const check = () => ({ problems: [] });
    // @ts-expect-error: `plate` is no shared rule and has no messages
    defineFieldType<KentekenField>()({ type: 'kenteken', rules: ['plate'], check });
    defineFieldType<KentekenField>()({
      type: 'kenteken',
      rules: ['plate'],
      // @ts-expect-error: English lacks `plate`
      messages: { nl: { plate: 'Vul een kenteken in.' }, en: {} },
      check,
    });
    // A shared rule (worded in the resources) needs no messages of its own.
    expect(defineFieldType<KentekenField>()({ type: 'kenteken', rules: ['minLength'], check }).rules).to.deep.equal(['minLength']);
  });
});

describe('kenteken (Dutch licence plate), the example type of docs/contributing.md', () => {
  it('writes every RDW sidecode with its dashes, whatever the user typed', () => {
    const cases: Array<[string, string]> = [
      ['ab1234', 'AB-12-34'],
      ['12-34-ab', '12-34-AB'],
      ['12 ab 34', '12-AB-34'],
      ['ab12cd', 'AB-12-CD'],
      ['abcd12', 'AB-CD-12'],
      ['12abcd', '12-AB-CD'],
      ['12abc3', '12-ABC-3'],
      ['1abc23', '1-ABC-23'],
      ['ab123c', 'AB-123-C'],
      ['a123bc', 'A-123-BC'],
      ['abc12d', 'ABC-12-D'],
      ['a12bcd', 'A-12-BCD'],
      ['1ab234', '1-AB-234'],
      ['123ab4', '123-AB-4'],
    ];
    for (const [typed, written] of cases) expect(normaliseKenteken(typed), typed).to.equal(written);
  });

  it('refuses what is not the shape of a Dutch plate', () => {
    for (const typed of ['', 'abcdef', '123456', 'ab12c', 'ab12cde', 'ab-12-c!', 'a1b2c3'])
      expect(normaliseKenteken(typed), typed).to.equal(undefined);
  });

  it('is checked, normalised, worded and reviewed through the registry like every type', () => {
    const definition = definitionWith({ id: 'kenteken', type: 'kenteken', label: 'Kenteken', autocomplete: 'off' });
    const good = validateValues(definition, { kenteken: ' ab 12 cd ' }, []);
    expect(good).to.deep.equal({ errors: [], values: { kenteken: 'AB-12-CD' } });
    const bad = validateValues(definition, { kenteken: 'AB12' }, []);
    expect(bad.errors.map((error) => [error.rule, error.messageKey])).to.deep.equal([['kenteken', 'validation.kenteken']]);
    expect(bad.values['kenteken']).to.equal('AB12');
    expect(describeValidationError(definition, bad.errors[0]!, 'nl')).to.equal(
      'Vul een Nederlands kenteken in bij "Kenteken", bijvoorbeeld AB-12-CD.',
    );
    expect(describeValidationError(definition, bad.errors[0]!, 'en')).to.equal('Enter a Dutch licence plate for "Kenteken", like AB-12-CD.');
    expect(buildReview(definition, good.values, [], 'nl')[0]!.items[0]!.answer).to.equal('AB-12-CD');
  });

  it('is a module that works on its own', () => {
    const field = { id: 'k', type: 'kenteken' as const, label: 'Kenteken' };
    expect(kentekenFieldType.check(field, '1-abc-23', { attachments: [], now: new Date() })).to.deep.equal({ value: '1-ABC-23', problems: [] });
    expect(KentekenFieldSchema.safeParse({ ...field, maxLength: 3 }).success).to.equal(false);
  });
});
