import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { runFormsFolder } from './support/forms-folder.js';

const good = readFileSync(new URL('../../../demo/forms/bezwaarschrift.json', import.meta.url), 'utf8');

/** The demo objection form with a mandatory field that cites no legal basis (Awb 4:4 lid 2) and a broken legalBasis. */
function badDefinition(): string {
  const definition = JSON.parse(good) as Record<string, any>;
  definition['id'] = 'kapot';
  const fields = definition['steps'][0].fields as any[];
  fields.push({ id: 'telefoon', type: 'tel', label: 'Telefoon', required: true });
  const withBasis = fields.find((field) => field.legalBasis);
  withBasis.legalBasis = { law: 'Awb' };
  return JSON.stringify(definition, null, 2);
}

// Starts a Node process: slow on a busy machine, so a generous limit that says what it waited for.
describe('wmebv-server with a bad definition in the forms folder', { timeout: 120_000 }, () => {
  it('Awb 4:4 lid 2: serves the good forms, refuses the bad one with its file name and every lint finding, and logs it', async () => {
    const run = await runFormsFolder({
      files: { 'bezwaarschrift.json': good, 'kapot.json': badDefinition(), 'geen-json.json': '{ "id": "half", ' },
      paths: ['/api/forms/bezwaarschrift', '/api/forms/kapot', '/api/forms/half'],
    });
    expect(run.started, run.stderr).to.equal(true);
    const [served, refused, noJson] = run.responses;
    expect(served!.status).to.equal(200);
    expect(JSON.parse(served!.body).id).to.equal('bezwaarschrift');
    expect(refused!.status).to.equal(503);
    expect(JSON.parse(refused!.body).error.code).to.equal('form-unavailable');
    expect(refused!.body, 'no file paths or findings over HTTP').to.not.include('kapot.json');
    expect(noJson!.status, 'a file that is not JSON has no known id').to.equal(404);
    // The log: file name, then every finding as wmebv lint words it, structural and rule findings together.
    expect(run.stderr).to.match(/Form definition \S*kapot\.json \("kapot"\) refused/);
    expect(run.stderr).to.include('kapot.json: /steps/0/fields/');
    expect(run.stderr).to.include('legal-basis-incomplete');
    expect(run.stderr).to.include('required-without-legal-basis').and.include('Awb 4:4 lid 2');
    expect(run.stderr).to.match(/geen-json\.json.* refused/);
    expect(run.stderr).to.include('json-syntax');
    expect(run.stdout).to.include('1 definitions from').and.include('2 refused');
  });

  it('Awb 2:13: two different definitions with one id and version are both refused, the other forms are served', async () => {
    const second = JSON.parse(good) as Record<string, any>;
    second['id'] = 'tweede';
    const changed = { ...second, title: { nl: 'Gewijzigd bezwaar', en: 'Changed objection' } };
    const run = await runFormsFolder({
      files: { 'bezwaarschrift.json': good, 'tweede.json': JSON.stringify(second), 'tweede-gewijzigd.json': JSON.stringify(changed) },
      paths: ['/api/forms/bezwaarschrift', '/api/forms/tweede'],
    });
    expect(run.started, `the server starts (it stopped on this before): ${run.stderr}`).to.equal(true);
    const [served, refused] = run.responses;
    expect(served!.status).to.equal(200);
    expect(refused!.status, 'which of the two applies cannot be told').to.equal(503);
    expect(run.stderr)
      .to.match(/tweede\.json \("tweede"\) refused/)
      .and.match(/tweede-gewijzigd\.json \("tweede"\) refused/);
    expect(run.stderr).to.include('same-form-version').and.include('nieuw versienummer');
  });
});
