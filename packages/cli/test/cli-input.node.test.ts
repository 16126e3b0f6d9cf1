import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { cleanDefinition } from '../../core/test/fixtures/rule-cases.js';
import { json, wmebv } from './support/run-cli-node.js';

// Every test starts a Node process, which alone can take seconds on a busy machine: the limit is for
// the whole suite, and each run waits for its process to exit, never for a fixed time.
describe('wmebv lint: bad input and the schema', { timeout: 600_000 }, () => {
  it('reports malformed JSON at the position of the syntax error, with exit code 2', async () => {
    const run = await wmebv(['lint', 'kapot.json'], { 'kapot.json': '{\n  "id": "x",\n  "version": "1.0.0"\n  "title": "T"\n}\n' });
    expect(run.code).to.equal(2);
    expect(run.stdout).to.match(/^kapot\.json:4:3 {2}error {2}json-syntax {2}Het bestand is geen geldige JSON/);
    expect(run.stdout, "one place only: the line and column, not also V8's character position").to.not.match(/position \d+|line \d+ column/);
    expect(run.stderr).to.equal('');
  });

  it('says what is wrong with the JSON in the output language, not in V8 English', async () => {
    const files = { 'komma.json': '{\n  "id": "x",\n}\n', 'commentaar.json': '{\n  // uitleg\n  "id": "x"\n}\n' };
    const dutch = await wmebv(['lint', ...Object.keys(files)], files);
    expect(dutch.code).to.equal(2);
    expect(dutch.stdout).to.contain('komma.json:3:1  error  json-syntax  Het bestand is geen geldige JSON: hier hoort een eigenschapsnaam');
    expect(dutch.stdout).to.contain('commentaar.json:2:3  error  json-syntax  Het bestand is geen geldige JSON: JSON kent geen commentaar');
    expect(dutch.stdout, "V8's English words").to.not.match(/Expected|Unexpected|property name/);
    const english = await wmebv(['lint', '--locale', 'en', 'komma.json'], files);
    expect(english.stdout).to.contain(
      'komma.json:3:1  error  json-syntax  The file is not valid JSON: a property name in double quotes belongs here',
    );
  });

  it('exits 2 for a file that cannot be read, and still lints the others', async () => {
    const run = await wmebv(['lint', 'bestaat-niet.json', 'form.json'], { 'form.json': json(cleanDefinition()) });
    expect(run.code).to.equal(2);
    expect(run.stdout).to.contain('bestaat-niet.json:1:1  error  file  Kan het bestand niet lezen');
    expect(run.stdout).to.contain('in 2 bestanden');
  });

  it('reports an array or a string as a whole definition plainly, with exit code 1', async () => {
    const files = { 'lijst.json': '[]', 'tekst.json': '"bezwaar"', 'getal.json': '42' };
    const run = await wmebv(['lint', ...Object.keys(files)], files);
    expect(run.code).to.equal(1);
    for (const file of Object.keys(files)) expect(run.stdout).to.contain(`${file}:1:1  error  schema  Een formulierdefinitie is een JSON-object`);
  });

  it('reads standard input for "-"', async () => {
    const run = await wmebv(['lint', '-'], {}, json(cleanDefinition()));
    expect(run.code).to.equal(0);
  });

  it('never shows a stack trace, for 5,000 fields or odd input', async () => {
    // a 2 MB file through a fresh Node process; slow on a busy CI machine
    const definition = cleanDefinition();
    definition['steps'][0].fields = Array.from({ length: 5000 }, (_, index) => ({
      id: `v${index}`,
      type: 'text',
      label: `<b>${index}</b>`,
      requried: true,
    }));
    const run = await wmebv(['lint', 'groot.json', 'leeg.json'], { 'groot.json': json(definition), 'leeg.json': '' });
    expect(run.code).to.equal(2);
    expect(run.stderr).to.equal('');
    expect(run.stdout).to.not.match(/\n\s+at /);
    expect(run.stdout).to.contain('leeg.json:1:1  error  json-syntax');
    expect(run.stdout.split('\n').filter((line) => line.includes('unknown-property'))).to.have.length(5000);
  });

  it('explains its use on a wrong command or option, with exit code 2', async () => {
    const run = await wmebv(['lint', '--fromat', 'json', 'x.json']);
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('Onbekende optie "--fromat"').and.contain('wmebv lint');
    const french = await wmebv(['lint', '--locale', 'fr', 'x.json']);
    expect(french.code, 'a language without messages is refused, not Dutch in its place').to.equal(2);
    expect(french.stderr).to.contain('Onbekende optie "--locale fr"');
  });
});

// Every test starts a Node process, which alone can take seconds on a busy machine: the limit is for
// the whole suite, and each run waits for its process to exit, never for a fixed time.
describe('wmebv schema', { timeout: 600_000 }, () => {
  it('prints the JSON Schema, identical to the committed packages/core/form-definition.schema.json', async () => {
    const run = await wmebv(['schema']);
    expect(run.code).to.equal(0);
    const committed = readFileSync(new URL('../../core/form-definition.schema.json', import.meta.url), 'utf8');
    expect(run.stdout, 'run `pnpm wmebv schema > packages/core/form-definition.schema.json`').to.equal(committed);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).to.include.members(['id', 'steps', 'organisation', 'declarations']);
  });
});
