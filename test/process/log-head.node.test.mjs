// @ts-check
// Issue 13, proof log: the signed head is published at GET /api/log-head as a typed payload
// (`type: "log-head"`, with the key id), verifiable with the published keys and never as a receipt.
import assert from 'node:assert/strict';
import { createPublicKey, verify } from 'node:crypto';
import path from 'node:path';
import { describe, it } from 'node:test';
import { request, submit } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));

describe('the published head of the proof log', () => {
  it('is absent before any entry, then signed over the last entry, published, and never a receipt', async () => {
    const dataDir = tempDir('wmebv-log-head-');
    const first = await startServer(['--data', dataDir]);
    try {
      const none = await request(first.url, '/api/log-head');
      assert.equal(none.status, 404, 'an empty log has no head');
      assert.equal(JSON.parse(none.body.toString()).error.code, 'no-log-head');
      assert.equal((await submit(first.url)).status, 201);
    } finally {
      await first.stop(); // signs the head on the way out
    }
    const second = await startServer(['--data', dataDir]);
    try {
      const response = await request(second.url, '/api/log-head');
      assert.equal(response.status, 200, response.body.toString());
      const head = JSON.parse(response.body.toString());
      assert.equal(head.type, 'log-head');
      assert.equal(head.seq, 2, 'the submission entry and the receipt entry');
      const keys = JSON.parse((await request(second.url, '/api/receipt-key')).body.toString()).keys;
      const key = keys.find((/** @type {{ kid: string }} */ candidate) => candidate.kid === head.kid);
      assert.ok(key, 'signed with a published key');
      const { signature, ...signed } = head;
      const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.x }, format: 'jwk' });
      assert.ok(
        verify(null, Buffer.from(core.canonicalJson(signed)), publicKey, Buffer.from(signature, 'base64url')),
        'Ed25519 over its canonical JSON',
      );
      const asReceipt = await core.verifyReceipt(head, { keys });
      assert.equal(asReceipt.status, 'invalid');
      assert.equal(asReceipt.problem, 'malformed', 'a head is never taken for a receipt');
      assert.equal((await request(second.url, '/api/log-head', { method: 'POST' })).status, 405);
    } finally {
      await second.stop();
    }
  });
});
