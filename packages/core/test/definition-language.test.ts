import { expect } from '@open-wc/testing';
import {
  FIELD_TYPES,
  allFields,
  buildReview,
  checkDefinition,
  normaliseBsn,
  normaliseIban,
  normaliseKvk,
  normaliseNumber,
  parseDefinition,
  resolveDateBound,
  validateSubmission,
  validateValues,
  visibleFieldIds,
  type FormDefinition,
} from '@wmebv/core';
import { cleanDefinition } from './fixtures/rule-cases.js';
import { ISSUE_FIELD_TYPES } from './fixtures/field-type-names.js';

const basis = { law: 'Awb', article: '4:2', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2' };

function parsed(fields: unknown[], extra: Record<string, unknown> = {}): FormDefinition {
  const definition = { ...cleanDefinition(), steps: [{ id: 'stap', title: 'Stap', fields }], messageType: 'overig', ...extra };
  const result = checkDefinition(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.findings));
  return result.definition;
}

describe('the definition language', () => {
  it('knows every field type of the issue, and kenteken (docs/contributing.md)', () => {
    expect([...FIELD_TYPES].sort()).to.deep.equal([...ISSUE_FIELD_TYPES, 'kenteken', 'fieldset'].sort());
  });

  it('parses fieldsets nested 50 deep, and finds fields at every depth', () => {
    let inner: Record<string, unknown> = { id: 'diep', type: 'text', label: 'Diep', required: true, legalBasis: basis };
    for (let depth = 0; depth < 50; depth++) inner = { id: `groep${depth}`, type: 'fieldset', label: `Groep ${depth}`, fields: [inner] };
    const definition = parsed([inner]);
    const deepest = allFields(definition).at(-1)!;
    expect(deepest.field.id).to.equal('diep');
    expect(deepest.parents).to.have.length(50);
    expect(deepest.pointer).to.equal('/steps/0/fields/0' + '/fields/0'.repeat(50));
  });

  it('warns about an unknown property, names it, and drops it', () => {
    const result = parseDefinition({ ...cleanDefinition(), titel: 'x' });
    expect(result.ok).to.equal(true);
    expect(result.findings).to.have.length(1);
    expect(result.findings[0]).to.include({ ruleId: 'unknown-property', severity: 'warning', pointer: '/titel' });
    expect(result.findings[0]!.params).to.deep.equal({ property: 'titel' });
  });

  it('rejects a condition with two operators or none', () => {
    const twice = parseDefinition({
      ...cleanDefinition(),
      steps: [
        {
          id: 's',
          title: 'S',
          fields: [
            { id: 'a', type: 'text', label: 'A' },
            { id: 'b', type: 'text', label: 'B', visibleWhen: { field: 'a', equals: 'x', filled: true } },
          ],
        },
      ],
    });
    expect(twice.ok).to.equal(false);
    expect(twice.findings[0]).to.include({ pointer: '/steps/0/fields/1/visibleWhen', messageKey: 'findings.conditionShape' });
  });

  it('keeps HTML in labels as text', () => {
    const definition = parsed([{ id: 'a', type: 'text', label: '<img src=x onerror=alert(1)>' }]);
    const review = buildReview(definition, { a: 'x' }, [], 'nl');
    expect(review[0]!.items[0]!.label).to.equal('<img src=x onerror=alert(1)>');
  });
});

describe('conditions', () => {
  const definition = parsed([
    {
      id: 'woonland',
      type: 'radio',
      label: 'Woonland',
      options: [
        { value: 'nl', label: 'NL' },
        { value: 'be', label: 'BE' },
        { value: 'de', label: 'DE' },
      ],
    },
    {
      id: 'extra',
      type: 'checkbox-group',
      label: 'Extra',
      options: [
        { value: 'post', label: 'Post' },
        { value: 'mail', label: 'Mail' },
      ],
    },
    { id: 'akkoord', type: 'checkbox', label: 'Akkoord' },
    { id: 'toelichting', type: 'text', label: 'Toelichting' },
    { id: 'nietNl', type: 'text', label: 'x', visibleWhen: { field: 'woonland', notEquals: 'nl' } },
    { id: 'buur', type: 'text', label: 'x', visibleWhen: { field: 'woonland', in: ['be', 'de'] } },
    { id: 'perPost', type: 'text', label: 'x', visibleWhen: { field: 'extra', equals: 'post' } },
    { id: 'ticked', type: 'text', label: 'x', visibleWhen: { field: 'akkoord', equals: true } },
    { id: 'gevuld', type: 'text', label: 'x', visibleWhen: { field: 'toelichting', filled: true } },
    {
      id: 'beide',
      type: 'text',
      label: 'x',
      visibleWhen: {
        all: [
          { field: 'woonland', equals: 'be' },
          { field: 'akkoord', equals: true },
        ],
      },
    },
    {
      id: 'een',
      type: 'text',
      label: 'x',
      visibleWhen: {
        any: [
          { field: 'woonland', equals: 'de' },
          { field: 'toelichting', filled: true },
        ],
      },
    },
    {
      id: 'groep',
      type: 'fieldset',
      label: 'Groep',
      visibleWhen: { field: 'woonland', equals: 'nl' },
      fields: [
        { id: 'binnen', type: 'text', label: 'Binnen', required: true, legalBasis: basis },
        { id: 'dieper', type: 'fieldset', label: 'Dieper', fields: [{ id: 'diepst', type: 'text', label: 'Diepst' }] },
      ],
    },
  ]);
  const visible = (values: Record<string, unknown>): string[] =>
    [...visibleFieldIds(definition, values)].filter((id) => !['woonland', 'extra', 'akkoord', 'toelichting'].includes(id));

  it('supports equals, notEquals, in, filled, all and any', () => {
    expect(visible({ woonland: 'be', akkoord: true, toelichting: ' ' })).to.deep.equal(['nietNl', 'buur', 'ticked', 'beide']);
    expect(visible({ woonland: 'de', extra: ['post'], toelichting: 'ja' })).to.deep.equal(['nietNl', 'buur', 'perPost', 'gevuld', 'een']);
  });

  it('hides everything inside a hidden fieldset, at any depth', () => {
    expect(visible({ woonland: 'nl' })).to.deep.equal(['groep', 'binnen', 'dieper', 'diepst']);
    expect(visible({ woonland: 'be' })).to.not.include.members(['groep', 'binnen', 'diepst']);
  });

  it('neither validates nor keeps answers inside a hidden fieldset, in the review or the submission', () => {
    const values = { woonland: 'be', binnen: '', diepst: 'geheim' };
    const result = validateValues(definition, values, []);
    expect(result.errors).to.deep.equal([]);
    expect(result.values).to.deep.equal({ woonland: 'be' });
    const review = buildReview(definition, result.values, [], 'nl');
    expect(review.flatMap((section) => section.items.map((item) => item.fieldId))).to.not.include('diepst');
    const submission = validateSubmission(definition, {
      formId: definition.id,
      formVersion: '1.0.0',
      locale: 'nl',
      values: { woonland: 'be', diepst: 'geheim' },
      declarations: {},
      attachments: [],
    });
    expect(submission.errors.map((error) => [error.field, error.rule])).to.deep.equal([['diepst', 'hiddenField']]);
  });

  it('validates a required field inside a visible fieldset', () => {
    const result = validateValues(definition, { woonland: 'nl' }, []);
    expect(result.errors.map((error) => [error.field, error.rule])).to.deep.equal([['binnen', 'required']]);
  });
});

describe('validators with Dutch test vectors', () => {
  it('checks a BSN with the 11-proef and refuses 000000000', () => {
    expect(normaliseBsn('111222333')).to.equal('111222333');
    expect(normaliseBsn('1234.56.782')).to.equal('123456782');
    expect(normaliseBsn('123456789')).to.equal(undefined);
    expect(normaliseBsn('000000000')).to.equal(undefined);
    expect(normaliseBsn('12345678')).to.equal(undefined);
  });

  it('checks an IBAN with mod-97 and the length for its country', () => {
    expect(normaliseIban('nl91abna0417164300')).to.equal('NL91 ABNA 0417 1643 00');
    expect(normaliseIban('NL91 ABNA 0417 1643 01')).to.equal(undefined);
    expect(normaliseIban('BE68 5390 0754 7034')).to.equal('BE68 5390 0754 7034');
    expect(normaliseIban('DE89 3704 0044 0532 0130 00')).to.equal('DE89 3704 0044 0532 0130 00');
    expect(normaliseIban('NL91ABNA041716430')).to.equal(undefined); // one short for NL
    expect(normaliseIban('XX91ABNA0417164300')).to.equal(undefined);
  });

  it('takes a KvK number of eight digits', () => {
    expect(normaliseKvk('6901 2345')).to.equal('69012345');
    expect(normaliseKvk('1234567')).to.equal(undefined);
    expect(normaliseKvk('123456789')).to.equal(undefined);
  });

  it('reads numbers with a decimal comma or point', () => {
    expect(normaliseNumber('12,50')).to.equal('12.5');
    expect(normaliseNumber('-0')).to.equal('0');
    expect(normaliseNumber('007')).to.equal('7');
    expect(normaliseNumber('1.000,00')).to.equal(undefined);
  });

  it('resolves relative date bounds in Europe/Amsterdam', () => {
    // 23:30 UTC on 31 December is already 1 January in Amsterdam.
    const now = new Date('2025-12-31T23:30:00Z');
    expect(resolveDateBound('today', now)).to.equal('2026-01-01');
    expect(resolveDateBound('today+30d', now)).to.equal('2026-01-31');
    expect(resolveDateBound('today-18y', now)).to.equal('2008-01-01');
    expect(resolveDateBound('today+1m', new Date('2026-01-31T12:00:00Z'))).to.equal('2026-02-28');
    expect(resolveDateBound('2026-05-05', now)).to.equal('2026-05-05');
  });
});

describe('required and constraints', () => {
  const definition = parsed([
    { id: 'tekst', type: 'text', label: 'Tekst', minLength: 3, pattern: '[A-Z]+' },
    { id: 'getal', type: 'number', label: 'Getal', min: 0, max: 10 },
    {
      id: 'keuzes',
      type: 'checkbox-group',
      label: 'Keuzes',
      minSelected: 2,
      options: [
        { value: 'a', label: 'A' },
        { value: 'b', label: 'B' },
        { value: 'c', label: 'C' },
      ],
    },
    { id: 'datum', type: 'date', label: 'Datum', minDate: '2026-01-01', maxDate: 'today' },
    { id: 'vinkje', type: 'checkbox', label: 'Vinkje' },
    { id: 'keuze', type: 'select', label: 'Keuze', options: [{ value: 'x', label: 'X' }] },
    { id: 'bsn', type: 'bsn', label: 'BSN', legalBasis: basis },
    { id: 'iban', type: 'iban', label: 'IBAN' },
    { id: 'kvk', type: 'kvk', label: 'KvK' },
    { id: 'verplichtGetal', type: 'number', label: 'V', required: true, legalBasis: basis },
    { id: 'verplichtVinkje', type: 'checkbox', label: 'V', required: true, legalBasis: basis },
    { id: 'verplichteGroep', type: 'checkbox-group', label: 'V', required: true, legalBasis: basis, options: [{ value: 'a', label: 'A' }] },
    { id: 'verplichtTekst', type: 'text', label: 'V', required: true, legalBasis: basis },
  ]);
  const now = new Date('2026-06-01T10:00:00Z');
  const required = { verplichtGetal: '0', verplichtVinkje: true, verplichteGroep: ['a'], verplichtTekst: 'x' };

  it('lets an optional field with constraints stay empty, in the browser and on the server alike', () => {
    const empty = { tekst: '', getal: '   ', keuzes: [], datum: '', vinkje: false, keuze: '', bsn: '', iban: '', kvk: '' };
    expect(validateValues(definition, { ...empty, ...required }, [], { now }).errors).to.deep.equal([]);
    const server = validateSubmission(definition, {
      formId: definition.id,
      formVersion: '1.0.0',
      locale: 'nl',
      values: { ...empty, ...required },
      declarations: {},
      attachments: [],
    });
    expect(server.errors).to.deep.equal([]);
    expect(server.envelope.values).to.deep.equal({ verplichtGetal: '0', verplichtVinkje: true, verplichteGroep: ['a'], verplichtTekst: 'x' });
  });

  it('treats whitespace, an unticked box and an empty selection as empty, and 0 as an answer', () => {
    const errors = validateValues(definition, { verplichtGetal: '0', verplichtVinkje: false, verplichteGroep: [], verplichtTekst: ' \n ' }, [], {
      now,
    }).errors;
    expect(errors.map((error) => [error.field, error.rule])).to.deep.equal([
      ['verplichtVinkje', 'required'],
      ['verplichteGroep', 'required'],
      ['verplichtTekst', 'required'],
    ]);
  });

  it('applies every constraint to a filled-in answer', () => {
    const values = {
      ...required,
      tekst: 'ab',
      getal: '11',
      keuzes: ['a'],
      datum: '2025-12-31',
      keuze: 'y',
      bsn: '123456789',
      iban: 'NL00',
      kvk: '12',
    };
    const errors = validateValues(definition, values, [], { now }).errors;
    expect(errors.map((error) => [error.field, error.rule])).to.deep.equal([
      ['tekst', 'minLength'],
      ['getal', 'max'],
      ['keuzes', 'minSelected'],
      ['datum', 'minDate'],
      ['keuze', 'option'],
      ['bsn', 'bsn'],
      ['iban', 'iban'],
      ['kvk', 'kvk'],
    ]);
    expect(validateValues(definition, { ...required, tekst: 'abc' }, [], { now }).errors.map((error) => error.rule)).to.deep.equal(['pattern']);
    expect(validateValues(definition, { ...required, datum: '2026-06-02' }, [], { now }).errors.map((error) => error.rule)).to.deep.equal([
      'maxDate',
    ]);
  });

  it('normalises answers: numbers, identifiers, selections in option order', () => {
    const values = validateValues(
      definition,
      { ...required, getal: '2,50', keuzes: ['c', 'a'], iban: 'nl91 abna 0417 1643 00', bsn: '111 222 333', kvk: '6901.2345' },
      [],
      { now },
    ).values;
    expect(values).to.include({ getal: '2.5', iban: 'NL91 ABNA 0417 1643 00', bsn: '111222333', kvk: '69012345' });
    expect(values['keuzes']).to.deep.equal(['a', 'c']);
  });
});
