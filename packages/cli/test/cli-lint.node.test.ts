import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { cleanDefinition, ruleCases } from '../../core/test/fixtures/rule-cases.js';
import { json, offsetOf, valueAt, wmebv, type JsonFinding } from './support/run-cli-node.js';

// Every test starts a Node process, which alone can take seconds on a busy machine: the limit is for
// the whole suite, and each run waits for its process to exit, never for a fixed time.
describe('wmebv lint', { timeout: 600_000 }, () => {
  it('passes the objection example with exit code 0', async () => {
    const objection = readFileSync(new URL('../../../demo/forms/bezwaarschrift.json', import.meta.url), 'utf8');
    const run = await wmebv(['lint', 'bezwaarschrift.json'], { 'bezwaarschrift.json': objection });
    expect(run.code).to.equal(0);
    expect(run.stdout).to.equal('Geen problemen gevonden in 1 bestand.\n');
    expect(run.stderr).to.equal('');
  });

  it('prints FILE:LINE:COL  severity  rule  message, a summary, and exits 1 on an error', async () => {
    const run = await wmebv(['lint', 'form.json'], { 'form.json': json(ruleCases[0]!.definition) });
    expect(run.code).to.equal(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(/^form\.json:\d+:\d+ {2}error {2}required-without-legal-basis {2}Het veld "Postcode" \(postcode\) is verplicht/);
    expect(lines[1]).to.equal('1 fout en 0 waarschuwingen in 1 bestand.');
  });

  it('Awb 4:4 lid 2: reports structural and rule findings in one round, sorted by line and column', async () => {
    const definition = cleanDefinition();
    const fields = definition['steps'][0].fields;
    fields[0].legalBasis = { law: 'Awb' };
    fields.push({ id: 'telefoon', type: 'tel', label: { nl: 'Telefoon', en: 'Phone' }, required: true });
    delete definition['organisation'].support;
    const run = await wmebv(['lint', 'form.json'], { 'form.json': json(definition) });
    expect(run.code).to.equal(1);
    const lines = run.stdout.trimEnd().split('\n').slice(0, -1);
    expect(lines.map((line) => line.split(/ {2}/)[2])).to.deep.equal([
      'missing-support',
      'legal-basis-incomplete',
      'legal-basis-incomplete',
      'required-without-legal-basis',
    ]);
    const places = lines.map((line) => line.split(/ {2}/)[0]!.split(':').slice(1).map(Number) as [number, number]);
    expect(places, 'sorted by line, then column').to.deep.equal([...places].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
  });

  it('places a missing property at the object that lacks it, naming the property and what it expects', async () => {
    const definition = cleanDefinition();
    delete definition['steps'][0].title;
    const text = json(definition);
    const run = await wmebv(['lint', '--format', 'json', 'form.json'], { 'form.json': text });
    const finding = (JSON.parse(run.stdout) as JsonFinding[]).find((candidate) => candidate.ruleId === 'schema')!;
    expect(finding.pointer).to.equal('/steps/0/title');
    const stepOffset = text.indexOf('{', text.indexOf('"steps"'));
    const before = text.slice(0, stepOffset).split('\n');
    expect([finding.line, finding.column]).to.deep.equal([before.length, before.at(-1)!.length + 1]);
    expect(finding.message).to.include('"title" ontbreekt in /steps/0').and.not.include('Invalid input');
  });

  it('exits 0 when there are only warnings', async () => {
    const definition = cleanDefinition();
    delete definition['organisation'].support;
    const run = await wmebv(['lint', 'form.json'], { 'form.json': json(definition) });
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('warning  missing-support');
    expect(run.stdout).to.contain('0 fouten en 1 waarschuwing in 1 bestand.');
  });

  it("places each rule's one finding at the line and column of the offending value", async () => {
    // One process for every case (starting Node is the slow part): one file per rule case, each its
    // own version of the form (one id and version in two files with different content is itself an error).
    const files = Object.fromEntries(
      ruleCases.map((ruleCase, index) => [`case-${index}.json`, json({ ...ruleCase.definition, version: `1.0.${index}` })]),
    );
    const run = await wmebv(['lint', '--format', 'json', ...Object.keys(files)], files);
    expect(run.code).to.equal(1);
    const findings = JSON.parse(run.stdout) as JsonFinding[];
    ruleCases.forEach((ruleCase, index) => {
      const file = `case-${index}.json`;
      const text = files[file]!;
      const mine = findings.filter((finding) => finding.file === file);
      expect(
        mine.map((finding) => [finding.ruleId, finding.severity, finding.pointer]),
        ruleCase.problem,
      ).to.deep.equal([[ruleCase.rule, ruleCase.severity, ruleCase.pointer]]);
      const finding = mine[0]!;
      // The text at that line and column is the JSON of the value the pointer names (or of the
      // object a missing property is missing from).
      const expected = JSON.stringify(valueAt(ruleCase.definition, ruleCase.pointer)).replace(/\s/g, '');
      const found = text.slice(offsetOf(text, finding.line, finding.column)).replace(/\s/g, '');
      expect(found.startsWith(expected), `${ruleCase.rule}: ${finding.line}:${finding.column} starts ${found.slice(0, 40)}`).to.equal(true);
    });
  });

  it('gives the exact position of a known value', async () => {
    const text =
      '{\n  "id": "x",\n  "version": "1.0.0",\n  "title": "T",\n  "organisation": { "name": "G" },\n  "messageType": "overig",\n  "locales": ["nl"],\n  "steps": [\n    { "id": "s", "title": "S", "fields": [\n      { "id": "a", "type": "text", "label": "A", "required": true }\n    ] }\n  ]\n}\n';
    const run = await wmebv(['lint', '--format=json', 'f.json'], { 'f.json': text });
    const required = (JSON.parse(run.stdout) as JsonFinding[]).find((finding) => finding.ruleId === 'required-without-legal-basis')!;
    expect([required.line, required.column]).to.deep.equal([10, 62]);
    const organisation = (JSON.parse(run.stdout) as JsonFinding[]).find((finding) => finding.ruleId === 'missing-support')!;
    expect([organisation.line, organisation.column]).to.deep.equal([5, 19]);
  });

  it('fails on warnings with --max-warnings 0, as ESLint does, and refuses a count that is not one', async () => {
    const definition = cleanDefinition();
    delete definition['organisation'].support;
    const files = { 'form.json': json(definition) };
    expect((await wmebv(['lint', '--max-warnings', '0', 'form.json'], files)).code).to.equal(1);
    expect((await wmebv(['lint', '--max-warnings=1', 'form.json'], files)).code).to.equal(0);
    const wrong = await wmebv(['lint', '--max-warnings', 'geen', 'form.json'], files);
    expect(wrong.code).to.equal(2);
    expect(wrong.stderr).to.contain('Onbekende optie "--max-warnings geen"');
  });

  it('names the property a typo probably meant, in text and in JSON', async () => {
    const definition = cleanDefinition();
    Object.assign(definition['steps'][0].fields[0], { maxLenght: 10, requried: true, zzz: 1 });
    const files = { 'form.json': json(definition) };
    const text = await wmebv(['lint', 'form.json'], files);
    expect(text.stdout).to.match(/unknown-property {2}De eigenschap "maxLenght" .* Bedoelt u "maxLength"\?\n/);
    expect(text.stdout).to.match(/unknown-property {2}De eigenschap "requried" .* Bedoelt u "required"\?\n/);
    expect(text.stdout, 'nothing is close to zzz').to.match(/De eigenschap "zzz" [^\n]*er zijn\.\n/);
    const run = await wmebv(['lint', '--format', 'json', '--locale', 'en', 'form.json'], files);
    const typo = (JSON.parse(run.stdout) as Array<JsonFinding & { params: Record<string, unknown> }>).find(
      (finding) => finding.params['property'] === 'maxLenght',
    )!;
    expect(typo.params).to.deep.equal({ property: 'maxLenght', suggestion: 'maxLength' });
    expect(typo.message).to.match(/Did you mean "maxLength"\?$/);
  });

  it('prints the findings as a JSON array with --format json, in English with --locale en', async () => {
    const run = await wmebv(['lint', '--format', 'json', '--locale', 'en', 'a.json', 'b.json'], {
      'a.json': json(ruleCases[0]!.definition),
      'b.json': json({ ...cleanDefinition(), id: 'ander-formulier' }),
    });
    expect(run.code).to.equal(1);
    const findings = JSON.parse(run.stdout) as Array<JsonFinding & { article: string }>;
    expect(findings).to.have.length(1);
    expect(findings[0]).to.include({ file: 'a.json', severity: 'error', ruleId: 'required-without-legal-basis', article: 'Awb 4:4 lid 2' });
    expect(findings[0]!.message).to.contain('or make the field optional');
  });

  it('reports two files with one form id and version: an error when they differ (the server refuses both), a warning when identical', async () => {
    const original = cleanDefinition();
    const changed = { ...cleanDefinition(), title: 'Gewijzigd' };
    const run = await wmebv(['lint', 'a.json', 'b.json', 'c.json'], { 'a.json': json(original), 'b.json': json(original), 'c.json': json(changed) });
    expect(run.code).to.equal(1);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).to.match(
      /^b\.json:\d+:\d+ {2}warning {2}same-form-twice {2}Formulier "[^"]+" versie [^ ]+ staat ook in a\.json, met dezelfde inhoud/,
    );
    expect(lines[1]).to.match(/^c\.json:\d+:\d+ {2}error {2}same-form-version {2}.*staat ook in a\.json, met een andere inhoud/);
    expect(lines[2]).to.equal('1 fout en 1 waarschuwing in 3 bestanden.');
  });
});
