// @ts-check
// Issue 13, proof log: every change of the outage notices the server reads is appended to the log
// (ids, states and the document's digest), once per change, with both times: when the operator
// wrote the document (its modification time) and when the server read the change (recordedAt).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { utimesSync, writeFileSync } from 'node:fs';
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
  it("appends the notices' ids and states with the document digest each time the document changes", async () => {
    const dataDir = tempDir('wmebv-outage-log-');
    const file = path.join(tempDir('wmebv-outage-file-'), 'notices.json');
    const first = JSON.stringify({ notices: [notice('resolved')] });
    // When the operator wrote each version (the file's modification time), well before the server reads it.
    const writtenAt = [new Date('2026-01-05T09:55:00+01:00'), new Date('2026-01-05T11:05:00+01:00')];
    writeFileSync(file, first);
    utimesSync(file, writtenAt[0], writtenAt[0]);
    const server = await startServer(['--data', dataDir, '--outages', file]);
    try {
      assert.equal((await submit(server.url)).status, 201);
      assert.equal((await submit(server.url)).status, 201, 'an unchanged document adds nothing');
      const second = JSON.stringify({ notices: [notice('resolved'), { ...notice('resolved'), id: 'storing-2' }] });
      writeFileSync(file, second);
      utimesSync(file, writtenAt[1], writtenAt[1]);
      assert.equal((await submit(server.url)).status, 201);
      const Database = createRequire(path.join(ROOT, 'packages/server/package.json'))('better-sqlite3');
      const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
      const rows = db.prepare(`SELECT payload_json, recorded_at FROM proof_log WHERE kind = 'outage-notices' ORDER BY seq`).all();
      db.close();
      const payloads = rows.map((/** @type {{ payload_json: string }} */ row) => JSON.parse(row.payload_json));
      // Both times: when the operator wrote the document (its modification time) and when the server read it.
      for (const [i, row] of rows.entries()) {
        assert.equal(Date.parse(payloads[i].documentModifiedAt), writtenAt[i].getTime(), `entry ${i + 1}: when the document was written`);
        assert.match(payloads[i].documentModifiedAt, /[+-]\d\d:\d\d$/, 'ISO 8601 with offset');
        assert.ok(Date.parse(row.recorded_at) > writtenAt[i].getTime(), `entry ${i + 1}: recordedAt is when the server read it, later`);
        delete payloads[i].documentModifiedAt;
      }
      const digest = (/** @type {string} */ text) => createHash('sha256').update(text).digest('hex');
      assert.deepEqual(payloads, [
        { documentDigest: digest(first), notices: [{ id: 'storing-1', status: 'resolved' }] },
        {
          documentDigest: digest(second),
          notices: [
            { id: 'storing-1', status: 'resolved' },
            { id: 'storing-2', status: 'resolved' },
          ],
        },
      ]);
    } finally {
      await server.stop();
    }
  });
});
