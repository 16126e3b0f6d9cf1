import { describe, it } from 'node:test';
import { expect } from 'chai';
import { errorCode, fetch, objectionEnvelope, postJson, SUBMISSIONS } from './support/intake.js';

async function expectError(response: Response, status: number, code: string): Promise<void> {
  expect(response.status, code).to.equal(status);
  expect(response.headers.get('content-type')).to.match(/^application\/json/);
  expect(await errorCode(response)).to.equal(code);
}

describe('intake endpoint: bad input', () => {
  it('answers 400 for a body that is not JSON', async () => {
    await expectError(await postJson(SUBMISSIONS, 'dit is geen json'), 400, 'invalid-json');
    await expectError(await postJson(SUBMISSIONS, ''), 400, 'invalid-json');
    await expectError(await postJson(SUBMISSIONS, '{"formId": "bezwaarschrift",'), 400, 'invalid-json');
  });

  it('answers 400 for a body that is not UTF-8', async () => {
    const response = await fetch(SUBMISSIONS, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
    });
    await expectError(response, 400, 'invalid-json');
  });

  it('answers 400 with the problems for JSON that is not a submission envelope', async () => {
    for (const body of [
      null,
      42,
      'tekst',
      [],
      {},
      { ...objectionEnvelope(), values: { naam: 42 } },
      { ...objectionEnvelope(), locale: 'Nederlands' },
    ]) {
      const response = await postJson(SUBMISSIONS, JSON.stringify(body));
      expect(response.status, JSON.stringify(body)).to.equal(400);
      const { error } = (await response.json()) as { error: { code: string; problems: { pointer: string; message: string }[] } };
      expect(error.code).to.equal('invalid-envelope');
      expect(error.problems).to.be.an('array').that.is.not.empty;
    }
  });

  it('answers 400 for a content type other than JSON or multipart', async () => {
    const text = await fetch(SUBMISSIONS, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(objectionEnvelope()) });
    await expectError(text, 400, 'unsupported-content-type');
    const form = await fetch(SUBMISSIONS, { method: 'POST', body: new URLSearchParams({ submission: JSON.stringify(objectionEnvelope()) }) });
    await expectError(form, 400, 'unsupported-content-type');
  });

  it('answers 400 for a malformed multipart body', async () => {
    const headers = { 'Content-Type': 'multipart/form-data; boundary=grens' };
    await expectError(
      await fetch(SUBMISSIONS, { method: 'POST', headers, body: '--grens\r\nContent-Disposition: form-data; name="submission"\r\n\r\n{' }),
      400,
      'invalid-multipart',
    );
    await expectError(
      await fetch(SUBMISSIONS, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data' }, body: 'x' }),
      400,
      'invalid-multipart',
    );
  });

  it('answers 413 and stops reading a JSON body over 1 MB', async () => {
    const envelope = objectionEnvelope();
    envelope.values['gronden'] = 'a'.repeat(1024 * 1024);
    await expectError(await postJson(SUBMISSIONS, envelope), 413, 'payload-too-large');
  });

  it('answers 400 for an unusable Idempotency-Key', async () => {
    await expectError(await postJson(SUBMISSIONS, objectionEnvelope(), { 'Idempotency-Key': 'k'.repeat(256) }), 400, 'invalid-idempotency-key');
  });

  it('keeps running after garbage: random bytes in every content type, then a valid submission', async () => {
    const types = ['application/json', 'multipart/form-data; boundary=x', 'multipart/form-data', 'text/plain', 'application/octet-stream'];
    const responses = await Promise.all(
      Array.from({ length: 30 }, (_, index) => {
        const bytes = crypto.getRandomValues(new Uint8Array(1 + ((index * 997) % 4000)));
        return fetch(SUBMISSIONS, { method: 'POST', headers: { 'Content-Type': types[index % types.length]! }, body: bytes });
      }),
    );
    for (const response of responses) {
      expect(response.status).to.be.within(400, 499);
      expect(await errorCode(response)).to.be.a('string');
    }
    expect((await fetch('/api/forms/bezwaarschrift')).status).to.equal(200);
    expect((await postJson(SUBMISSIONS, objectionEnvelope())).status).to.equal(201);
  });
});
