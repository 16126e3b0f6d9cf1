import { expect } from '@open-wc/testing';
import {
  buildReview,
  describeValidationError,
  FIELD_TYPES,
  INPUT_FIELD_TYPES,
  normaliseKenteken,
  parseDefinition,
  VALIDATION_RULES,
  validateValues,
  type FormDefinition,
} from '@wmebv/core';
// A field type module on its own, without the registry or the rest of core's entry.
import { kentekenFieldType } from '../src/definition/fields/kenteken.js';
import { provideAllMessages } from '@wmebv/core/messages';

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
    expect(kentekenFieldType.schema.safeParse({ ...field, maxLength: 3 }).success).to.equal(false);
  });
});
