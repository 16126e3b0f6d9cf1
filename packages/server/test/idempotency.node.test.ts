import { describe, it } from 'node:test';
import { expect } from 'chai';
import type { Receipt } from '@wmebv/core';
import { errorCode, newKey, objectionEnvelope, postJson, postMultipart, sha256, SUBMISSIONS } from './support/intake.js';

describe('intake endpoint: Idempotency-Key (retry without sending twice)', () => {
  it('answers a retry with the same key and body with the stored receipt, not a second submission', async () => {
    const headers = { 'Idempotency-Key': newKey() };
    const first = await postJson(SUBMISSIONS, objectionEnvelope(), headers);
    expect(first.status).to.equal(201);
    const receipt = (await first.json()) as Receipt;
    const retry = await postJson(SUBMISSIONS, objectionEnvelope(), headers);
    expect(retry.status).to.equal(200);
    expect(await retry.json()).to.deep.equal(receipt);
  });

  it('recognises a retry of a multipart submission with a file', async () => {
    const blob = new Blob(['%PDF-1.4 besluit'], { type: 'application/pdf' });
    const envelope = objectionEnvelope();
    envelope.values['afschriftBesluit'] = ['a'];
    envelope.attachments = [
      { id: 'a', field: 'afschriftBesluit', name: 'besluit.pdf', size: blob.size, type: blob.type, sha256: await sha256(blob) },
    ];
    const headers = { 'Idempotency-Key': newKey() };
    const first = (await (await postMultipart(SUBMISSIONS, envelope, { a: blob }, headers)).json()) as Receipt;
    const retry = await postMultipart(SUBMISSIONS, envelope, { a: blob }, headers);
    expect(retry.status).to.equal(200);
    expect(((await retry.json()) as Receipt).reference).to.equal(first.reference);
  });

  it('gives one receipt to two simultaneous requests with the same key', async () => {
    const headers = { 'Idempotency-Key': newKey() };
    const responses = await Promise.all([postJson(SUBMISSIONS, objectionEnvelope(), headers), postJson(SUBMISSIONS, objectionEnvelope(), headers)]);
    expect(responses.map((response) => response.status).sort()).to.deep.equal([200, 201]);
    const [a, b] = (await Promise.all(responses.map((response) => response.json()))) as Receipt[];
    expect(a!.reference).to.equal(b!.reference);
  });

  it('refuses the same key with a different body (422 idempotency-key-reused)', async () => {
    const headers = { 'Idempotency-Key': newKey() };
    expect((await postJson(SUBMISSIONS, objectionEnvelope(), headers)).status).to.equal(201);
    const other = objectionEnvelope();
    other.values['woonplaats'] = 'Andere plaats';
    const response = await postJson(SUBMISSIONS, other, headers);
    expect(response.status).to.equal(422);
    expect(await errorCode(response)).to.equal('idempotency-key-reused');
  });

  it('stores each submission without a key as a new one, under a new reference', async () => {
    const [a, b] = (await Promise.all([postJson(SUBMISSIONS, objectionEnvelope()), postJson(SUBMISSIONS, objectionEnvelope())])) as Response[];
    expect([a!.status, b!.status]).to.deep.equal([201, 201]);
    expect(((await a!.json()) as Receipt).reference).not.to.equal(((await b!.json()) as Receipt).reference);
  });

  it("scopes keys per form: the objection with its key on another form's URL gets no objection receipt", async () => {
    const headers = { 'Idempotency-Key': newKey() };
    const objection = (await (await postJson(SUBMISSIONS, objectionEnvelope(), headers)).json()) as Receipt;
    const elsewhere = await postJson('/api/forms/server-limits/submissions', objectionEnvelope(), headers);
    expect(elsewhere.status).to.be.within(400, 499);
    expect(JSON.stringify(await elsewhere.json())).not.to.contain(objection.reference);
  });

  it('stores a submission to another form with a key the objection already used', async () => {
    const headers = { 'Idempotency-Key': newKey() };
    expect((await postJson(SUBMISSIONS, objectionEnvelope(), headers)).status).to.equal(201);
    const other = { formId: 'server-limits', formVersion: '1.0.0', locale: 'nl', values: { opmerking: 'hallo' }, declarations: {}, attachments: [] };
    const response = await postJson('/api/forms/server-limits/submissions', other, headers);
    expect(response.status).to.equal(201);
    expect(((await response.json()) as Receipt).formId).to.equal('server-limits');
  });
});
