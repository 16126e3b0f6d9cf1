// @ts-check
// Issue 12 item 8: idempotency keys were global, so the objection posted to another form's URL with
// the key it used before got 200 and the objection's receipt. Keys are scoped per form. Against the
// real wmebv-server process, serving the demo's objection and a second form.
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

/** POSTs `envelope` as JSON to `formId`'s submissions with this Idempotency-Key. */
function post(/** @type {string} */ base, /** @type {string} */ formId, /** @type {unknown} */ envelope, /** @type {string} */ key) {
  return request(base, `/api/forms/${formId}/submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(envelope),
  });
}

describe('idempotency keys are scoped per form (wmebv-server)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    const forms = path.join(tempDir('wmebv-idempotency-'), 'forms');
    mkdirSync(forms);
    copyFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), path.join(forms, 'bezwaarschrift.json'));
    copyFileSync(path.join(ROOT, 'test/fixtures/forms/server-limits.json'), path.join(forms, 'server-limits.json'));
    server = await startServer(['--data', tempDir('wmebv-idempotency-data-'), '--forms', forms]);
  });
  after(() => server?.stop());

  it("gives the objection's receipt to no one on another form's URL, with the key the objection used", async () => {
    const key = crypto.randomUUID();
    const objection = await post(server.url, 'bezwaarschrift', objectionEnvelope(), key);
    assert.equal(objection.status, 201);
    const { reference } = JSON.parse(objection.body.toString());
    const elsewhere = await post(server.url, 'server-limits', objectionEnvelope(), key);
    assert.ok(elsewhere.status >= 400 && elsewhere.status < 500, `answered ${elsewhere.status}`);
    assert.ok(!elsewhere.body.toString().includes(reference), "the objection's reference is not in the answer");
    const retry = await post(server.url, 'bezwaarschrift', objectionEnvelope(), key);
    assert.equal(retry.status, 200, "a retry on the objection's own URL gets its receipt");
    assert.equal(JSON.parse(retry.body.toString()).reference, reference);
  });

  it('stores a submission to the other form under a key the objection already used', async () => {
    const key = crypto.randomUUID();
    assert.equal((await post(server.url, 'bezwaarschrift', objectionEnvelope(), key)).status, 201);
    const other = { formId: 'server-limits', formVersion: '1.0.0', locale: 'nl', values: { opmerking: 'hallo' }, declarations: {}, attachments: [] };
    const stored = await post(server.url, 'server-limits', other, key);
    assert.equal(stored.status, 201, stored.body.toString());
    assert.equal(JSON.parse(stored.body.toString()).formId, 'server-limits');
  });
});
