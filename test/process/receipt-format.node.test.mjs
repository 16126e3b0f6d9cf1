// @ts-check
// Issue 13 and issue 14 item 12: the real server issues receipt format 2, which states the
// declarations (quoted from the stored definition in the envelope's locale, the browser's time
// labelled as such), the lateReason (Awb 6:11) and the anchor of the submission's proof-log entry.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request, submit } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const core = await import(path.join(ROOT, 'packages/core/dist/index.js'));
const definition = JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'));

describe('receipt format 2 from the real server (Awb 2:17, 2:18, 6:11)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-receipt-format-')]);
  });
  after(() => server?.stop());

  it("Awb 2:17: quotes each declaration from the stored definition in the envelope's locale, with the browser's time labelled", async () => {
    const envelope = { ...objectionEnvelope(), locale: 'en', lateReason: 'I was in hospital.' };
    const response = await submit(server.url, envelope);
    assert.equal(response.status, 201, response.body.toString());
    const receipt = JSON.parse(response.body.toString());
    assert.equal(receipt.format, 'wmebv-receipt/2');
    assert.deepEqual(receipt.declarations, [
      { id: 'verklaring', text: definition.declarations[0].label.en, agreedAt: envelope.declarations.verklaring, agreedAtClock: 'browser' },
    ]);
    assert.equal(receipt.lateReason, 'I was in hospital.', 'Awb 6:11: the reason given is stated in the receipt');
    assert.equal(receipt.log.seq, 1, "the first submission's entry");
    assert.match(receipt.log.hash, /^[0-9a-f]{64}$/);
    const keys = JSON.parse((await request(server.url, '/api/receipt-key')).body.toString());
    const result = await core.verifyReceipt(receipt, keys);
    assert.equal(result.status, 'valid', JSON.stringify(result));
  });

  it('states no lateReason when none was given, and the Dutch text for a Dutch envelope', async () => {
    const receipt = JSON.parse((await submit(server.url)).body.toString());
    assert.equal('lateReason' in receipt, false);
    assert.equal(receipt.declarations[0].text, definition.declarations[0].label.nl);
  });
});
