// The one-walk check `surelyNoRuleErrors` (rules/no-errors.ts) may only ever spare the rules, never
// differ from them: whenever it says a definition has no rule error, the rules of severity error
// find none; and lintErrors gives exactly lintDefinition's error findings. Checked on every known
// definition and on thousands of mutations that touch what those rules judge.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../src/definition/parse.js';
import { lintDefinition, lintErrors } from '../src/rules/index.js';
import { surelyNoRuleErrors } from '../src/rules/no-errors.js';
import { cleanDefinition, ruleCases } from './fixtures/rule-cases.js';

const basis = { law: 'Awb', article: '4:2', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2' };
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const known: unknown[] = [
  readJson(`${repo}demo/forms/bezwaarschrift.json`),
  ...readdirSync(`${repo}test/fixtures/forms`).map((name) => readJson(`${repo}test/fixtures/forms/${name}`)),
  cleanDefinition(),
  ...ruleCases.map((ruleCase) => ruleCase.definition),
  ...edgeCases(),
];

/** The clean rule-case form with one of the less common things the rules judge, right or wrong. */
function edgeCases(): unknown[] {
  const label = 'Vraag';
  const email = { id: 'email', type: 'email', label };
  const consent = (addressField: string): unknown => ({ id: 'toestemming', type: 'consent', label, addressField });
  const group = (more: object): unknown => ({
    id: 'keuzes',
    type: 'checkbox-group',
    label,
    options: [
      { value: 'a', label },
      { value: 'b', label },
    ],
    ...more,
  });
  const date = (more: object): unknown => ({ id: 'datum', type: 'date', label, ...more });
  const variants: Array<[extra: unknown[], deadline?: string]> = [
    [[email, consent('email')]],
    [[consent('email'), email]],
    [[{ ...email, type: 'text' }, consent('email')]],
    [[consent('toestemming')]],
    [[date({})], 'datum'],
    [[date({})], 'gronden'],
    [[], 'nergens'],
    [[group({ minSelected: 2, maxSelected: 2 })]],
    [[group({ minSelected: 3 })]],
    [[group({ minSelected: 2, maxSelected: 1 })]],
    [[{ id: 'getal', type: 'number', label, min: 5, max: 1 }]],
    [[{ id: 'getal', type: 'number', label, min: 1, max: 5 }]],
    [[date({ minDate: '2030-01-01', maxDate: '2020-01-01' })]],
    [[date({ minDate: '2020-01-01', maxDate: '2030-01-01' })]],
    [[date({ minDate: 'today', maxDate: '2020-01-01' })]],
    [[{ id: 'kort', type: 'text', label, minLength: 5, maxLength: 2 }]],
    [[{ id: 'nummer', type: 'bsn', label }]],
    [[{ id: 'nummer', type: 'bsn', label, legalBasis: { ...basis, article: 'zie website' } }]],
    [[{ id: 'nummer', type: 'bsn', label, legalBasis: basis }]],
    [[{ id: 'groep', type: 'fieldset', label, fields: [{ id: 'binnen', type: 'text', label, visibleWhen: { field: 'groep', filled: true } }] }]],
    [[{ id: 'stap', type: 'text', label }]],
    [
      [
        {
          id: 'later',
          type: 'text',
          label,
          visibleWhen: {
            any: [
              { field: 'woonland', equals: 'x' },
              { field: 'woonland', equals: 'nl' },
            ],
          },
        },
      ],
    ],
  ];
  return variants.map(([extra, fromField]) => {
    const definition = cleanDefinition();
    definition['steps'][0].fields.push(...extra);
    if (fromField) definition['deadline'] = { kind: 'objection', fromField };
    return definition;
  });
}

/** Parses, and holds the quick answer to the rules; 'clean', 'errors' or 'unparsed'. */
function expectAgreement(input: unknown): 'clean' | 'errors' | 'unparsed' | 'unsure' {
  const parsed = parseDefinition(input);
  if (!parsed.ok) return 'unparsed';
  const errors = lintDefinition(parsed.definition).filter((finding) => finding.severity === 'error');
  expect(lintErrors(parsed.definition)).to.deep.equal(errors);
  if (surelyNoRuleErrors(parsed.definition)) {
    expect(errors, 'the quick walk passed a definition the rules refuse').to.deep.equal([]);
    return 'clean';
  }
  return errors.length > 0 ? 'errors' : 'unsure';
}

/** Every object in a value, with the way to it. */
function objects(value: unknown, path: Array<string | number> = [], found: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (typeof value !== 'object' || value === null) return found;
  if (!Array.isArray(value)) found.push(path);
  for (const [key, child] of Object.entries(value)) objects(child, [...path, Array.isArray(value) ? Number(key) : key], found);
  return found;
}

/** The ids used in a definition (steps, fields, options' values too: conditions compare with them). */
function words(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (typeof value !== 'object' || value === null) return found;
  for (const [key, child] of Object.entries(value)) {
    if ((key === 'id' || key === 'value' || key === 'field') && typeof child === 'string') found.add(child);
    words(child, found);
  }
  return found;
}

// What the rules of severity error look at, and values that trip them or not.
const keys = ['id', 'field', 'equals', 'in', 'required', 'legalBasis', 'type', 'addressField', 'minLength', 'maxLength', 'pattern', 'min', 'max'];
const keys2 = ['minSelected', 'maxSelected', 'minDate', 'maxDate', 'visibleWhen', 'all', 'any', 'article', 'law', 'url', 'fromField', 'deadline'];
const values = (ids: string[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...ids),
    fc.constantFrom<unknown>(true, false, 1, 2, 5, 'today', '2020-01-01', '2030-01-01', 'today+1d', '(', '[a-z]+', ' ', 'zie website', 'wetten.nl'),
    fc.constantFrom<unknown>(
      basis,
      { ...basis, article: 'AVG' },
      { ...basis, url: 'x' },
      { ...basis, law: ' ' },
      { kind: 'objection', fromField: 'x' },
    ),
    fc.constantFrom(...ids).map((id) => ({ field: id, equals: true })),
    fc.constantFrom(...ids).map((id) => ({
      any: [
        { field: id, filled: true },
        { field: id, equals: 'o1' },
      ],
    })),
    fc.constantFrom(...ids).map((id) => [id]),
  );

describe('the one-walk check for rule errors', () => {
  it('agrees with the rules on every known definition, and passes the clean ones', () => {
    const seen = known.map((definition) => expectAgreement(definition));
    expect(seen.filter((one) => one === 'clean').length).to.be.greaterThan(5);
    expect(seen.filter((one) => one === 'errors').length).to.be.greaterThan(5);
  });

  it('never passes a mutation the rules refuse', () => {
    const bases = known.filter((definition) => parseDefinition(definition).ok);
    const seen = { clean: 0, errors: 0, unparsed: 0, unsure: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (which, at, key, pick, count) => {
        const definition = structuredClone(bases[which % bases.length]) as Record<string, unknown>;
        const ids = [...words(definition), 'nergens'];
        for (let round = 0; round <= count % 3; round++) {
          const all = objects(definition);
          const fields = all.filter((path) => path.at(-2) === 'fields');
          const places = (at + round) % 2 === 0 && fields.length > 0 ? fields : all;
          const path = places[(at + round * 7) % places.length]!;
          const target = path.reduce<any>((node, step) => node[step], definition);
          const names = [...keys, ...keys2];
          const name = names[(key + round) % names.length]!;
          const value = fc.sample(values(ids), { seed: pick + round, numRuns: 1 })[0];
          target[name] = structuredClone(value);
        }
        seen[expectAgreement(definition)]++;
      }),
      { numRuns: 2000, seed: 16 },
    );
    // Each way is exercised: mutations the rules take (an article that is one), and those they refuse.
    expect(seen.clean).to.be.greaterThan(100);
    expect(seen.errors).to.be.greaterThan(100);
  });
});
