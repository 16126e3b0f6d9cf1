// `@wmebv/core/describe-findings` in its two builds (docs/decisions.md, "Developer messages only in
// development builds"): production lines carry what identifies a finding (pointer, severity, rule
// id, message key, parameters) and no sentence; development lines carry the English sentence that
// `wmebv lint --locale en` prints. Both are imported by file here: which one a bundle gets is the
// package's `exports` map (checked below) and the bundler's conditions.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { checkDefinition, type Finding } from '../src/index.js';
import * as production from '../src/describe-findings.js';
import * as development from '../src/describe-findings.development.js';
import { ruleCases } from './fixtures/rule-cases.js';

/** Every finding of every rule case that has one, and a parse finding with a nested `$t()` message. */
const findings: Finding[] = [
  ...ruleCases.flatMap((ruleCase) => checkDefinition(ruleCase.definition).findings),
  ...checkDefinition({ id: 'x', version: '1.0.0', title: 3 }).findings,
];

describe('describeFindings', () => {
  it('production: one line per finding with pointer, severity, rule id, message key and parameters, and no sentence', async () => {
    expect(findings.length).to.be.greaterThan(10);
    const lines = await production.describeFindings(findings);
    expect(lines).to.have.length(findings.length);
    findings.forEach((finding, index) => {
      expect(lines[index]).to.equal(
        `${finding.pointer || '/'}  ${finding.severity}  ${finding.ruleId}  ${finding.messageKey} ${JSON.stringify(finding.params)}`,
      );
    });
    expect(production.FINDINGS_ADVICE).to.include('npx wmebv lint');
  });

  it('development: the same lines end in the English sentence instead', async () => {
    const lines = await development.describeFindings(findings);
    const required = findings.findIndex((finding) => finding.ruleId === 'required-without-legal-basis');
    expect(lines[required]).to.match(
      /^\/steps\/0\/fields\/2\/fields\/0\/required {2}error {2}required-without-legal-basis {2}The field ".+" \(.+\) is required, but has no legal basis\./,
    );
    const wrongType = findings.findIndex((finding) => finding.messageKey === 'findings.wrongType');
    expect(lines[wrongType]).to.equal(
      '/title  error  schema  "title" in / must be a text, or a text per language such as { "nl": "…", "en": "…" }, but is a number.',
    );
    for (const line of lines) expect(line).not.to.match(/findings\.|\{\{/);
    expect(development.FINDINGS_ADVICE).to.include('npx wmebv lint');
  });

  it('is mapped by the export conditions: `development` to the sentences, everything else to the production build', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, Record<string, unknown>>;
      publishConfig: { exports: Record<string, Record<string, unknown>> };
    };
    expect(manifest.publishConfig.exports['./describe-findings']).to.deep.equal({
      types: './dist/describe-findings.d.ts',
      development: './dist/describe-findings.development.js',
      default: './dist/describe-findings.js',
    });
    expect(manifest.exports['./describe-findings']?.['source']).to.deep.equal({
      development: './src/describe-findings.development.ts',
      default: './src/describe-findings.ts',
    });
  });
});
