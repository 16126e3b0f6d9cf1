// @ts-check
// Issue 13, retention (AVG art. 5 lid 1 sub e): a configured period after a submission was taken
// over, its answers and files are deleted while its reference, digests and proof-log entries stay.
// The intake handler runs on a real HTTP server in this process so that its clock can be set: the
// test moves the clock, never waits. On SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PDF, postWithFile, request } from './support/http.mjs';
import { startInProcess } from './support/in-process.mjs';
import { needsPostgres } from './support/postgres.mjs';
import { tempDir } from './support/processes.mjs';

const DAY_MS = 86_400_000;
const sha256 = (/** @type {string | Buffer} */ value) => createHash('sha256').update(value).digest('hex');

/** Every file under a folder, relative. */
function filesUnder(/** @type {string} */ dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

for (const backend of /** @type {const} */ (['sqlite', 'postgres'])) {
  describe(`retention on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    /** @type {Awaited<ReturnType<typeof startInProcess>>} */
    let server;
    // Receipt e-mails as files (WMEBV_OUTBOX_DIR): they hold the sender's address.
    const outboxDir = path.join(tempDir('wmebv-retention-outbox-'), 'outbox');
    /** @type {string[]} */
    const references = [];
    const admin = async (/** @type {string} */ rawPath, method = 'GET') => {
      const response = await request(server.url, rawPath, { method, headers: { Authorization: `Bearer ${server.operatorToken}` } });
      return {
        status: response.status,
        json: /^application\/json/.test(String(response.headers['content-type'])) ? JSON.parse(response.body.toString()) : undefined,
      };
    };

    before(async () => {
      server = await startInProcess({
        backend,
        name: 'retention',
        start: '2026-12-01T10:00:00+01:00',
        retentionDays: 30,
        options: { mail: { outboxDir } },
      });
      for (let i = 0; i < 2; i += 1) {
        const response = await postWithFile(server.url);
        assert.equal(response.status, 201);
        references.push((await response.json()).reference);
      }
      await server.handler.mailSettled();
      assert.deepEqual(filesUnder(outboxDir).sort(), references.map((reference) => `${reference}.eml`).sort());
    });
    after(() => server?.stop());

    it('keeps a submission that was not taken over, and one taken over until its period has passed', async () => {
      assert.equal((await admin(`/api/admin/submissions/${references[0]}/taken-over`, 'POST')).status, 200);
      server.clock.advance(29 * DAY_MS);
      assert.deepEqual(await server.handler.applyRetention(), []);
      assert.equal(filesUnder(path.join(server.dataDir, 'files')).length, 2);
      server.clock.advance(2 * DAY_MS);
      assert.deepEqual(await server.handler.applyRetention(), [references[0]], 'only the one taken over, 31 days on');
      const kept = await admin(`/api/admin/submissions/${references[1]}`);
      assert.equal(kept.json.envelope.values.naam, 'Jan Jansen');
      assert.equal(kept.json.erasedAt, null);
    });

    it('deletes the answers, the receipt copy, the files and the receipt e-mail in the outbox; keeps the reference, digests and the proof log', async () => {
      const { status, json: record } = await admin(`/api/admin/submissions/${references[0]}`);
      assert.equal(status, 200);
      assert.equal(record.status, 'erased');
      assert.equal(record.envelope, null);
      assert.equal(record.receipt, null);
      assert.match(record.digest, /^[0-9a-f]{64}$/);
      assert.deepEqual(
        record.attachments.map((/** @type {any} */ a) => [a.name, a.sha256]),
        [['', sha256(PDF)]],
      );
      assert.equal((await admin(record.attachments[0].href)).status, 410);
      assert.equal(record.indicative.deadline, null);
      assert.equal(filesUnder(path.join(server.dataDir, 'files')).length, 1, "the other submission's file stays");
      assert.deepEqual(filesUnder(outboxDir), [`${references[1]}.eml`], 'the receipt e-mail in the outbox goes with the answers; the other stays');
      const proof = await admin(`/api/admin/submissions/${references[0]}/proof`);
      assert.equal(proof.status, 410, 'no proof bundle without the envelope and receipt; the log entries stay');
      assert.equal(proof.json.error.code, 'erased');
      const verified = await admin('/api/admin/log/verify');
      assert.equal(verified.json.ok, true, JSON.stringify(verified.json));
      assert.equal(verified.json.entries, 8, '2 submissions, 2 receipts, 2 receipt e-mails, the take-over and the erasure');
      const erased = await admin('/api/admin/submissions?status=erased');
      assert.deepEqual(
        erased.json.submissions.map((/** @type {any} */ s) => s.reference),
        [references[0]],
      );
      assert.deepEqual(await server.handler.applyRetention(), [], 'erased once');
    });
  });
}
