import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Run {
  started: boolean;
  stdout: string;
  stderr: string;
  responses: { path: string; status: number; body: string }[];
}

const good = await fetch('/demo/forms/bezwaarschrift.json').then((response) => response.text());

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

describe('wmebv-server with a bad definition in the forms folder', function () {
  this.timeout(120_000); // starts a Node process; slow on a busy machine

  it('Awb 4:4 lid 2: serves the good forms, refuses the bad one with its file name and every lint finding, and logs it', async () => {
    const run = await executeServerCommand<Run, { files: Record<string, string>; paths: string[] }>('wmebv-forms-folder', {
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
});
