// `@wmebv/core/form-lint` in its two builds (D6, docs/decisions.md): whether a definition is usable
// is decided the same way in both; production reports the parser's findings and the findings of the
// rules of severity error, development every finding, as `wmebv lint` does (the rules that can only
// warn, and the rules run on the parts of a definition that did not parse). Both are imported by file
// here: which one a bundle gets is the package's `exports` map (checked below) and the bundler's
// conditions; `pnpm size` fails when a production bundle loads the development part.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { checkDefinition, lintDefinition, parseDefinition, rules, type Finding } from '../src/index.js';
import * as production from '../src/form-lint.js';
import * as development from '../src/form-lint.development.js';
import { errorRules } from '../src/rules/error-rules.js';
import { cleanDefinition, ruleCases } from './fixtures/rule-cases.js';

/** The clean definition with a required question without a legal basis (an error) and a markup warning in a label. */
function refused(): Record<string, any> {
  const definition = cleanDefinition();
  definition['steps'][0].fields.push(
    { id: 'telefoon', type: 'tel', label: { nl: 'Telefoon', en: 'Phone' }, required: true },
    { id: 'opmerking', type: 'text', label: { nl: 'Uw <b>opmerking</b>', en: 'Your <b>remark</b>' } },
  );
  return definition;
}

/** What production keeps of a development report: the parser's findings and the errors. */
const decisive = (findings: readonly Finding[]): Finding[] =>
  findings.filter((finding) => finding.severity === 'error' || finding.ruleId === 'unknown-property');

describe('form-lint', () => {
  it('decides like the full linter for every rule case: production reports its parser and error findings, development every finding', () => {
    let warningsLeftOut = 0;
    for (const { rule, definition } of [...ruleCases, { rule: 'combined', definition: refused() }]) {
      const parsed = parseDefinition(definition);
      if (!parsed.ok) continue; // structural cases: below
      const full = checkDefinition(definition);
      const lean = production.lintForForm(parsed, definition);
      const rich = development.lintForForm(parsed, definition);
      expect(lean.ok, rule).to.equal(full.ok);
      expect(rich.ok, rule).to.equal(full.ok);
      if (full.ok) {
        // A usable definition: the form reports nothing, so neither build runs the warnings.
        expect(lean.findings, rule).to.deep.equal(parsed.findings);
        expect(rich.findings, rule).to.deep.equal(parsed.findings);
        continue;
      }
      expect(rich.findings, rule).to.deep.equal(full.findings);
      expect(lean.findings, rule).to.deep.equal(decisive(full.findings));
      warningsLeftOut += full.findings.length - lean.findings.length;
    }
    expect(warningsLeftOut, 'the combined case has a warning that production leaves out').to.be.greaterThan(0);
  });

  it('reports a definition that does not parse with the parser findings in production, and every finding in development', () => {
    const cases: unknown[] = [
      ...ruleCases.map((ruleCase) => ruleCase.definition).filter((definition) => !parseDefinition(definition).ok),
      { ...refused(), title: 3 },
      '{"id": "melding", ',
      [],
    ];
    let salvaged = 0;
    for (const input of cases) {
      const parsed = parseDefinition(input);
      expect(parsed.ok).to.equal(false);
      if (parsed.ok) continue;
      const full = checkDefinition(input).findings;
      const lean = production.findingsOfUnparsed(parsed, input);
      expect(development.findingsOfUnparsed(parsed, input)).to.deep.equal(full);
      // The parser's findings, in the order `wmebv lint` gives them.
      expect(lean).to.have.members(parsed.findings);
      expect(lean).to.deep.equal(full.filter((finding) => lean.some((kept) => sameFinding(kept, finding))));
      salvaged += full.length - lean.length;
    }
    expect(salvaged, 'a rule finding on the parts that parsed (required without legal basis) only in development').to.be.greaterThan(0);
  });

  it('runs the error rules first and in the same order as the full linter, and every rule that can only warn after them', () => {
    expect(errorRules.every((rule) => rule.severity === 'error')).to.equal(true);
    expect(rules.slice(0, errorRules.length)).to.deep.equal(errorRules);
    expect(rules.slice(errorRules.length).every((rule) => rule.severity === 'warning')).to.equal(true);
    const parsed = parseDefinition(refused());
    expect(parsed.ok && production.lintForForm(parsed, refused()).findings).to.deep.equal(
      parsed.ok && lintDefinition(parsed.definition).filter((finding) => finding.severity === 'error'),
    );
  });

  it('is mapped by the export conditions: `development` to every finding, everything else to the production build', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, Record<string, unknown>>;
      publishConfig: { exports: Record<string, Record<string, unknown>> };
    };
    expect(manifest.publishConfig.exports['./form-lint']).to.deep.equal({
      types: './dist/form-lint.d.ts',
      development: './dist/form-lint.development.js',
      default: './dist/form-lint.js',
    });
    expect(manifest.exports['./form-lint']?.['source']).to.deep.equal({
      development: './src/form-lint.development.ts',
      default: './src/form-lint.ts',
    });
  });
});

function sameFinding(a: Finding, b: Finding): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
