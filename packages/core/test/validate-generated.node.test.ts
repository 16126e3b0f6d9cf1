// The definition validator generated from the zod schemas (definition/validate.generated.ts,
// scripts/generated/definition-validator.mjs) may only ever be faster than zod, never different: whatever it accepts, zod accepts too, with the very same output (same
// values, same key order); whatever else it leaves to zod. Checked on every known definition and on
// thousands of mutations of them.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../src/definition/parse.js';
import { parseValidDefinition } from '../src/definition/parse-valid.js';
import { FormDefinitionSchema } from '../src/definition/schema.js';
import { UNSURE, validateDefinition } from '../src/definition/validate.generated.js';
import { cleanDefinition, ruleCases } from './fixtures/rule-cases.js';
import { containers } from './fixtures/containers.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8')) as unknown;
const known: Array<[string, unknown]> = [
  ['the demo objection form', readJson(`${repo}demo/forms/bezwaarschrift.json`)],
  ...readdirSync(`${repo}test/fixtures/forms`).map((name): [string, unknown] => [name, readJson(`${repo}test/fixtures/forms/${name}`)]),
  ['the clean rule-case form', cleanDefinition()],
  ...ruleCases.map((ruleCase): [string, unknown] => [`${ruleCase.rule}: ${ruleCase.problem}`, ruleCase.definition]),
];

/** Quick and zod agree: quick accepts only what zod accepts, with zod's output to the key order. */
function expectAgreement(input: unknown): 'quick' | 'zod' {
  const zod = FormDefinitionSchema.safeParse(input);
  const quick = validateDefinition(input);
  if (quick === UNSURE) return 'zod';
  expect(zod.success, 'zod rejects what the quick walk accepted').to.equal(true);
  expect(quick).to.deep.equal(zod.data);
  expect(JSON.stringify(quick)).to.equal(JSON.stringify(zod.data));
  return 'quick';
}

/**
 * The browser's parse without zod (`parseValidDefinition`, D4) gives a definition only where
 * `parseDefinition` gives the same one with no findings: it can never skip a warning such as
 * `unknown-property` or an error (a condition's shape) that zod's way reports.
 */
function expectSameParse(input: unknown): 'valid' | 'left to zod' {
  const quick = parseValidDefinition(input);
  if (quick === undefined) return 'left to zod';
  const parsed = parseDefinition(input);
  expect(parsed.ok, 'parseDefinition refuses what parseValidDefinition took').to.equal(true);
  expect(parsed.findings, 'parseDefinition has findings where parseValidDefinition had none').to.deep.equal([]);
  expect(JSON.stringify(quick)).to.equal(JSON.stringify(parsed.ok && parsed.definition));
  return 'valid';
}

const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  'nl',
  'https://x.nl',
  'today',
  0,
  -1,
  1.5,
  3,
  Number.NaN,
  true,
  false,
  [],
  {},
  [''],
  { nl: '' },
  { NL: 'x' },
);

describe('the generated definition validator', () => {
  it('takes every known valid definition, with the output zod gives', () => {
    let quick = 0;
    for (const [name, definition] of known) {
      if (FormDefinitionSchema.safeParse(definition).success) {
        expect(expectAgreement(definition), name).to.equal('quick');
        quick++;
      }
    }
    expect(quick).to.be.greaterThan(10);
  });

  it('never accepts a mutation zod rejects, and gives zod’s output for those it accepts', () => {
    const bases = known.filter(([, definition]) => FormDefinitionSchema.safeParse(definition).success).map(([, definition]) => definition);
    const seen = { quick: 0, zod: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('set', 'delete', 'add'), odd, (which, at, key, operation, value) => {
        const definition = structuredClone(bases[which % bases.length]) as Record<string, unknown>;
        const places = containers(definition);
        const path = places[at % places.length]!;
        const target = path.reduce<any>((node, step) => node[step], definition);
        const keys = Object.keys(target as object);
        const name = operation === 'add' || keys.length === 0 ? ['extra', 'type', 'nl', 'en', 'required', '0'][key % 6]! : keys[key % keys.length]!;
        if (operation === 'delete') delete target[name];
        else target[name] = value;
        seen[expectAgreement(definition)]++;
        expectSameParse(definition);
      }),
      { numRuns: 3000, seed: 16 },
    );
    // Both ways are exercised: mutations the schema takes (a hint emptied to ' ', say) and the rest.
    expect(seen.quick).to.be.greaterThan(100);
    expect(seen.zod).to.be.greaterThan(100);
  });

  it('leaves what is not a definition to zod', () => {
    for (const input of [null, 'x', [], {}, Object.create({ id: 'a' }), new Map()]) expect(expectAgreement(input)).to.equal('zod');
  });

  it('parses without zod only what parseDefinition takes with no findings', () => {
    let valid = 0;
    for (const [name, definition] of known) {
      const result = expectSameParse(definition);
      if (result === 'valid') valid++;
      const parsed = parseDefinition(definition);
      if (parsed.ok && parsed.findings.length === 0) expect(result, name).to.equal('valid');
      // The same as JSON text, as a definition fetched from `src` is given.
      expect(expectSameParse(JSON.stringify(definition)), `${name} as JSON text`).to.equal(result);
    }
    expect(valid).to.be.greaterThan(10);
    const clean = cleanDefinition() as { steps: Array<{ fields: Array<Record<string, unknown>> }> };
    // A misspelt property is a warning (unknown-property) that only zod's way gives.
    const misspelt = structuredClone(clean);
    misspelt.steps[0]!.fields[0]!.requried = true;
    expect(parseDefinition(misspelt).findings.map((finding) => finding.ruleId)).to.deep.equal(['unknown-property']);
    expect(parseValidDefinition(misspelt)).to.equal(undefined);
    // A condition with two operators passes the schema but not the shape check.
    const twoOperators = structuredClone(clean);
    twoOperators.steps[0]!.fields[0]!.visibleWhen = { field: 'x', equals: 'a', notEquals: 'b' };
    expect(parseValidDefinition(twoOperators)).to.equal(undefined);
    expect(parseDefinition(twoOperators).findings.map((finding) => finding.messageKey)).to.include('findings.conditionShape');
    for (const input of ['{', 'null', '[]', null, 3]) expect(parseValidDefinition(input)).to.equal(undefined);
  });
});
