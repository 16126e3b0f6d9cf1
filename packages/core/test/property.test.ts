import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { checkDefinition, FIELD_TYPES, lintDefinition, parseDefinition, validateSubmission, validateValues, type Finding } from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';
import { cleanDefinition } from './fixtures/rule-cases.js';

/** Whether an RFC 6901 pointer names a value in `root`, or a property missing from an object in it. */
function isValidPointer(root: unknown, pointer: string): boolean {
  if (pointer === '') return true;
  if (!pointer.startsWith('/')) return false;
  const segments = pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let current: unknown = root;
  for (const [index, segment] of segments.entries()) {
    if (typeof current !== 'object' || current === null) return false;
    if (Array.isArray(current) && !/^(0|[1-9]\d*)$/.test(segment)) return false;
    if (!(segment in (current as object))) return index === segments.length - 1 && !Array.isArray(current);
    current = (current as Record<string, unknown>)[segment];
  }
  return true;
}

const text = fc.oneof(fc.string(), fc.constantFrom('', ' ', '<b>x</b>', 'nl', 'ja', 'today', 'https://x.nl'));
const localized = fc.oneof(text, fc.dictionary(fc.constantFrom('nl', 'en', 'de', 'NL'), text));
const id = fc.oneof(fc.constantFrom('a', 'b', 'c', 'naam', 'woonland', 'postcode'), fc.string({ maxLength: 4 }));
const condition = fc.letrec((tie) => ({
  leaf: fc.record(
    { field: id, equals: fc.oneof(text, fc.boolean()), notEquals: text, in: fc.array(text, { maxLength: 3 }), filled: fc.boolean() },
    { requiredKeys: [] },
  ),
  node: fc.oneof(
    { depthSize: 'small' },
    tie('leaf'),
    fc.record({ all: fc.array(tie('node'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('node'), { maxLength: 3 }) }),
  ),
})).node;
const option = fc.record({ value: text, label: localized });
const basis = fc.record({ law: text, article: text, url: text, paragraph: text }, { requiredKeys: [] });
const field = fc.letrec((tie) => ({
  field: fc.oneof(
    { depthSize: 'small' },
    fc.record(
      {
        id,
        // Every type the language knows (a type added later is generated too) but fieldset, whose
        // children this flat generator does not make, plus one unknown type.
        type: fc.constantFrom(...FIELD_TYPES.filter((type) => type !== 'fieldset'), 'slider'),
        label: localized,
        text: localized,
        required: fc.boolean(),
        legalBasis: basis,
        visibleWhen: condition,
        options: fc.array(option, { maxLength: 3 }),
        minLength: fc.integer({ min: -1, max: 5 }),
        maxLength: fc.integer({ min: -1, max: 5 }),
        pattern: fc.constantFrom('[a-z]+', '(', '\\d{4}'),
        min: fc.integer(),
        max: fc.integer(),
        minSelected: fc.nat(4),
        maxSelected: fc.nat(4),
        minDate: fc.constantFrom('today', 'today-1y', '2026-01-01', 'gisteren'),
        addressField: id,
        extra: text,
      },
      { requiredKeys: ['id', 'type'] },
    ),
    fc.record(
      { id, type: fc.constant('fieldset'), label: localized, visibleWhen: condition, fields: fc.array(tie('field'), { maxLength: 3 }) },
      { requiredKeys: ['id', 'type', 'fields'] },
    ),
  ),
})).field;
const definition = fc.record(
  {
    id,
    version: fc.constantFrom('1.0.0', '1', ''),
    title: localized,
    organisation: fc.record(
      { name: text, support: fc.record({ phone: text }, { requiredKeys: [] }), privacyStatementUrl: text },
      { requiredKeys: ['name'] },
    ),
    messageType: fc.constantFrom('bezwaar', 'aanvraag', 'overig', 'x'),
    locales: fc.array(fc.constantFrom('nl', 'en', 'xx-YY', ''), { maxLength: 3 }),
    steps: fc.array(fc.record({ id, title: localized, fields: fc.array(field, { maxLength: 4 }) }), { maxLength: 3 }),
    declarations: fc.array(fc.record({ id, label: localized, required: fc.boolean(), legalBasis: basis }, { requiredKeys: ['id', 'label'] }), {
      maxLength: 2,
    }),
  },
  { requiredKeys: ['id', 'version', 'title', 'organisation', 'messageType', 'locales', 'steps'] },
);

/** What JSON text parses to, or undefined when it is not JSON. */
const jsonOf = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

const expectSound = (input: unknown, findings: Finding[]): void => {
  for (const finding of findings) {
    expect(isValidPointer(input, finding.pointer), `${finding.ruleId} ${finding.pointer}`).to.equal(true);
    expect(finding.severity).to.be.oneOf(['error', 'warning']);
    expect(finding.messageKey).to.match(/^findings\./);
  }
};

describe('property: the linter and the validator never throw', function () {
  // Hundreds of generated definitions per property; generous for a busy CI machine.
  this.timeout(180_000);

  it('parse and lint any generated definition without throwing, every finding with a valid pointer', () => {
    fc.assert(
      fc.property(definition, (input) => {
        const result = checkDefinition(input);
        expectSound(input, result.findings);
      }),
      { numRuns: 150 },
    );
  });

  it('survive any JSON value and any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.string()), (input) => {
        // A string is read as JSON text, so its pointers point into what it parses to: a generated
        // string such as "{}" is a definition without its properties, not a value without any.
        expectSound(
          typeof input === 'string' ? jsonOf(input) : input,
          parseDefinition(input).findings.filter((finding) => finding.pointer !== ''),
        );
      }),
      // The counterexample CI found (seed 1865587303): JSON text of an object, tried on every run.
      { numRuns: 150, examples: [['{}'], ['{"steps":[{}]}']] },
    );
  });

  it('lint a valid definition with one field changed at random without throwing', () => {
    fc.assert(
      fc.property(field, fc.nat(2), (extra, position) => {
        const input = cleanDefinition();
        input['steps'][0].fields.splice(position, 0, extra);
        const result = checkDefinition(input);
        expectSound(input, result.findings);
        if (result.ok) expectSound(input, lintDefinition(result.definition));
      }),
      { numRuns: 150 },
    );
  });

  it('validate any answers against the objection form without throwing; optional empty answers are never errors', () => {
    const parsed = parseDefinition(objection);
    if (!parsed.ok) throw new Error('fixture broken');
    const answer = fc.oneof(fc.string(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null), fc.integer(), fc.object());
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('naam', 'woonland', 'postcode', 'gronden', 'horen', 'email', 'telefoon', 'datumBesluit', 'bijlagen', 'x'),
          answer,
        ),
        (values) => {
          const result = validateValues(parsed.definition, values, []);
          for (const error of result.errors) {
            expect(error.messageKey).to.match(/^validation\./);
            const empty = values[error.field] === undefined || values[error.field] === '' || values[error.field] === null;
            if (empty) expect(error.rule, error.field).to.equal('required');
          }
          validateSubmission(parsed.definition, {
            formId: 'bezwaarschrift',
            formVersion: '1.0.0',
            locale: 'nl',
            values: values as never,
            declarations: {},
            attachments: [],
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
