// Production browsers parse a definition the quick validator is not sure of without zod
// (`@wmebv/core/definition-parse`, definition/parse-decided.ts, D8): whether it renders must be
// decided exactly as zod's `parseDefinition` decides, with the same definition and the same
// `unknown-property` warnings; a refusal names the pointer of one of zod's problems.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../src/definition/parse.js';
import { parseDefinitionDecided } from '../src/definition/parse-decided.js';
import * as production from '../src/definition-parse.js';
import * as development from '../src/definition-parse.development.js';
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

/** The same decision; taken: the same definition (to the key order) and findings; refused: a pointer zod names too. */
function expectSameDecision(input: unknown, name = ''): 'taken' | 'refused' {
  const zod = parseDefinition(input);
  const decided = parseDefinitionDecided(input);
  expect(decided.ok, `${name}: zod ${zod.ok ? 'takes' : 'refuses'} it: ${JSON.stringify(zod.findings).slice(0, 400)}`).to.equal(zod.ok);
  if (zod.ok && decided.ok) {
    expect(JSON.stringify(decided.definition)).to.equal(JSON.stringify(zod.definition));
    expect(decided.findings).to.deep.equal(zod.findings);
    return 'taken';
  }
  const zodPointers = zod.findings.filter((finding) => finding.severity === 'error').map((finding) => finding.pointer);
  const first = decided.findings[0]!;
  expect(first.severity).to.equal('error');
  // zod may report a missing member at the object or at the member, and a union at the union.
  expect(
    zodPointers.some((pointer) => pointer === first.pointer || pointer.startsWith(`${first.pointer}/`) || first.pointer.startsWith(`${pointer}/`)),
    `${first.pointer} is not among zod's ${zodPointers.join(', ')}`,
  ).to.equal(true);
  return 'refused';
}

const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  'nl',
  'https://x.nl',
  ' https://x.nl\t',
  'http:x.nl',
  'today',
  'text',
  'fieldset',
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
  { nl: 'x' },
  { field: 'x', equals: 'a' },
  { field: 'x', equals: 'a', notEquals: 'b' },
);

describe('the zod-free parse of production browsers (D8)', () => {
  it('decides every known definition as parseDefinition does', () => {
    const seen = { taken: 0, refused: 0 };
    for (const [name, definition] of known) {
      seen[expectSameDecision(definition, name)]++;
      expect(expectSameDecision(JSON.stringify(definition), `${name} as JSON text`)).to.be.oneOf(['taken', 'refused']);
    }
    expect(seen.taken).to.be.greaterThan(10);
    for (const input of ['{', 'null', '[]', null, 3, 'x']) expect(expectSameDecision(input)).to.equal('refused');
  });

  it('decides mutations as parseDefinition does: unknown properties, wrong values, a condition’s shape', () => {
    const bases = known.filter(([, definition]) => parseDefinition(definition).ok).map(([, definition]) => definition);
    const seen = { taken: 0, refused: 0, warned: 0 };
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('set', 'delete', 'add', 'add'), odd, (which, at, key, operation, value) => {
        const definition = structuredClone(bases[which % bases.length]) as Record<string, unknown>;
        const places = containers(definition);
        const path = places[at % places.length]!;
        const target = path.reduce<any>((node, step) => node[step], definition);
        const keys = Object.keys(target as object);
        const name =
          operation === 'add' || keys.length === 0
            ? ['extra', 'type', 'nl', 'requried', 'labels', '0', '__proto__'][key % 7]!
            : keys[key % keys.length]!;
        if (operation === 'delete') delete target[name];
        else if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
        else target[name] = value;
        const decision = expectSameDecision(definition);
        seen[decision]++;
        if (decision === 'taken' && parseDefinition(definition).findings.length > 0) seen.warned++;
      }),
      { numRuns: 3000, seed: 8 },
    );
    expect(seen.taken).to.be.greaterThan(100);
    expect(seen.refused).to.be.greaterThan(100);
    expect(seen.warned, 'taken with unknown-property warnings').to.be.greaterThan(50);
  });

  it('is `@wmebv/core/definition-parse` in production builds; the `development` condition gives zod’s parser', () => {
    expect(production.parseDefinition).to.equal(parseDefinitionDecided);
    expect(development.parseDefinition).to.equal(parseDefinition);
    for (const name of ['./definition-parse']) {
      const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
        exports: Record<string, Record<string, unknown>>;
        publishConfig: { exports: Record<string, Record<string, unknown>> };
      };
      const [dist, source] = [manifest.publishConfig.exports[name], manifest.exports[name]];
      expect(dist).to.deep.equal({
        types: './dist/definition-parse.d.ts',
        development: './dist/definition-parse.development.js',
        default: './dist/definition-parse.js',
      });
      expect(source?.['source']).to.deep.equal({ development: './src/definition-parse.development.ts', default: './src/definition-parse.ts' });
    }
  });
});
