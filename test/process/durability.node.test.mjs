// @ts-check
// Issue 12 item 2: acknowledge only what is durably committed. The live connection runs WAL with
// synchronous=FULL, and attachment bytes go to the file storage (fsynced with their folder before
// the row commits), not into the database.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createIntakeHandler, silentLogger } from '@wmebv/server';
import { objectionEnvelope } from './support/http.mjs';
import { ROOT, tempDir } from './support/processes.mjs';

describe('durable commits (issue 12 item 2)', () => {
  const dataDir = tempDir('wmebv-durable-');
  /** @type {import('@wmebv/server').IntakeHandler} */
  let handler;
  /** @type {import('node:http').Server} */
  let http;
  let url = '';
  before(async () => {
    const definitions = [JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'))];
    handler = createIntakeHandler({ dataDir, definitions, logger: silentLogger });
    await handler.ready;
    http = createServer((req, res) => void handler(req, res));
    await new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(undefined)));
    url = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (http.address()).port}`;
  });
  after(async () => {
    await new Promise((resolve) => http.close(resolve));
    await handler.close();
  });

  it('runs the live connection in WAL with synchronous=FULL, so a receipt never outlives its row', async () => {
    const settings = await handler.storeDurability();
    assert.equal(settings['journal_mode'], 'wal');
    assert.equal(settings['synchronous'], 2, 'synchronous = FULL (2)');
    assert.ok(Number(settings['busy_timeout']) <= 50, `busy_timeout ${settings['busy_timeout']} ms: a call holds the event loop at most 50 ms`);
  });

  it('keeps attachment bytes in the file storage, not the database, with the SHA-256 the receipt states', async () => {
    const bytes = Buffer.from('%PDF-1.4 besluit');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const envelope = /** @type {any} */ (objectionEnvelope());
    envelope.values.afschriftBesluit = ['a'];
    envelope.attachments = [{ id: 'a', field: 'afschriftBesluit', name: 'besluit.pdf', size: bytes.length, type: 'application/pdf', sha256 }];
    const form = new FormData();
    form.append('submission', JSON.stringify(envelope));
    form.append('a', new Blob([bytes], { type: 'application/pdf' }), 'besluit.pdf');
    const response = await fetch(`${url}/api/forms/bezwaarschrift/submissions`, { method: 'POST', body: form });
    assert.equal(response.status, 201);
    const stored = readdirSync(path.join(dataDir, 'files'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    assert.equal(stored.length, 1);
    const file = /** @type {import('node:fs').Dirent} */ (stored[0]);
    const content = readFileSync(path.join(file.parentPath ?? file.path, file.name));
    assert.equal(createHash('sha256').update(content).digest('hex'), sha256);
    assert.ok(!readFileSync(path.join(dataDir, 'wmebv.sqlite')).includes(bytes), 'the bytes are not in the database file');
  });
});
