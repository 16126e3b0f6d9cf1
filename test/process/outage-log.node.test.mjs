// @ts-check
// Issue 13, proof log: every change of the outage notices the server reads is appended to the log
// (ids, states and the document's digest), once per change.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { submit } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const notice = (/** @type {string} */ status) => ({
  id: 'storing-1',
  channels: ['web-form'],
  status,
  start: '2026-01-05T10:00:00+01:00',
  ...(status === 'resolved' && { end: '2026-01-05T11:00:00+01:00' }),
  message: { nl: 'Storing.' },
});

describe('outage-notice changes in the proof log', () => {
  it('appends the notices\' ids and states with the document digest each time the document changes', async () => {
    const dataDir = tempDir('wmebv-outage-log-');
    const file = path.join(tempDir('wmebv-outage-file-'), 'notices.json');
    const first = JSON.stringify({ notices: [notice('resolved')] });
    writeFileSync(file, first);
    const server = await startServer(['--data', dataDir, '--outages', file]);
    try {
      assert.equal((await submit(server.url)).status, 201);
      assert.equal((await submit(server.url)).status, 201, 'an unchanged document adds nothing');
      const second = JSON.stringify({ notices: [notice('resolved'), { ...notice('resolved'), id: 'storing-2' }] });
      writeFileSync(file, second);
      assert.equal((await submit(server.url)).status, 201);
      const Database = createRequire(path.join(ROOT, 'packages/server/package.json'))('better-sqlite3');
      const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
      const rows = db.prepare(`SELECT payload_json FROM proof_log WHERE kind = 'outage-notices' ORDER BY seq`).all();
      db.close();
      const payloads = rows.map((/** @type {{ payload_json: string }} */ row) => JSON.parse(row.payload_json));
      const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');
      assert.deepEqual(payloads, [
        { documentDigest: digest(first), notices: [{ id: 'storing-1', status: 'resolved' }] },
        { documentDigest: digest(second), notices: [{ id: 'storing-1', status: 'resolved' }, { id: 'storing-2', status: 'resolved' }] },
      ]);
    } finally {
      await server.stop();
    }
  });
});
