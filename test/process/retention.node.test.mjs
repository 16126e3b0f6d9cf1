// @ts-check
// Issue 13, retention (AVG art. 5 lid 1 sub e): a configured period after a submission was taken
// over, its answers and files are deleted while its reference, digests and proof-log entries stay.
// The intake handler runs on a real HTTP server in this process so that its clock can be set: the
// test moves the clock, never waits. On SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, tempDir } from './support/processes.mjs';

const server = await import(path.join(ROOT, 'packages/server/dist/index.js'));
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const DAY_MS = 86_400_000;
const sha256 = (/** @type {string | Buffer} */ value) => createHash('sha256').update(value).digest('hex');

/** Every file under a folder, relative. */
function filesUnder(/** @type {string} */ dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  } catch {
    return [];
  }
}

for (const backend of ['sqlite', 'postgres']) {
  describe(`retention on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    const dataDir = tempDir('wmebv-retention-');
    const token = `wmebv_${randomBytes(32).toString('base64url')}`;
    let clock = new Date('2026-12-01T10:00:00+01:00');
    /** @type {any} */
    let handler;
    /** @type {import('node:http').Server} */
    let http;
    let base = '';
    /** @type {string[]} */
    const references = [];
    const admin = async (/** @type {string} */ rawPath, method = 'GET') => {
      const response = await request(base, rawPath, { method, headers: { Authorization: `Bearer ${token}` } });
      return { status: response.status, json: /^application\/json/.test(String(response.headers['content-type'])) ? JSON.parse(response.body.toString()) : undefined };
    };

    before(async () => {
      handler = server.createIntakeHandler({
        dataDir,
        databaseUrl: backend === 'postgres' ? await freshPostgresDatabase('retention') : undefined,
        definitions: [JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'))],
        now: () => clock,
        logger: server.silentLogger,
        organisations: new server.OrganisationDirectory([
          { id: 'voorbeeld', name: 'Gemeente Voorbeeld', forms: ['bezwaarschrift'], retentionDays: 30, tokens: [{ name: 'zaaksysteem', sha256: sha256(token) }] },
        ]),
      });
      await handler.ready;
      http = createServer((req, res) => void handler(req, res));
      await new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(undefined)));
      base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (http.address()).port}`;
      for (let i = 0; i < 2; i += 1) {
        const envelope = objectionEnvelope();
        /** @type {any} */ (envelope.values).afschriftBesluit = ['a1'];
        envelope.attachments = /** @type {any} */ ([{ id: 'a1', field: 'afschriftBesluit', name: 'besluit.pdf', size: PDF.length, type: 'application/pdf', sha256: sha256(PDF) }]);
        const form = new FormData();
        form.append('submission', JSON.stringify(envelope));
        form.append('a1', new Blob([PDF], { type: 'application/pdf' }), 'besluit.pdf');
        const response = await fetch(`${base}/api/forms/bezwaarschrift/submissions`, { method: 'POST', body: form, headers: { 'Idempotency-Key': crypto.randomUUID() } });
        assert.equal(response.status, 201);
        references.push((await response.json()).reference);
      }
    });
    after(async () => {
      await new Promise((resolve) => http?.close(resolve));
      await handler?.close();
    });

    it('keeps a submission that was not taken over, and one taken over until its period has passed', async () => {
      assert.equal((await admin(`/api/admin/submissions/${references[0]}/taken-over`, 'POST')).status, 200);
      clock = new Date(clock.getTime() + 29 * DAY_MS);
      assert.deepEqual(await handler.applyRetention(), []);
      assert.equal(filesUnder(path.join(dataDir, 'files')).length, 2);
      clock = new Date(clock.getTime() + 2 * DAY_MS);
      assert.deepEqual(await handler.applyRetention(), [references[0]], 'only the one taken over, 31 days on');
      const kept = await admin(`/api/admin/submissions/${references[1]}`);
      assert.equal(kept.json.envelope.values.naam, 'Jan Jansen');
      assert.equal(kept.json.erasedAt, null);
    });

    it('deletes the answers, the receipt copy and the files; keeps the reference, digests and the proof log', async () => {
      const { status, json: record } = await admin(`/api/admin/submissions/${references[0]}`);
      assert.equal(status, 200);
      assert.equal(record.status, 'erased');
      assert.equal(record.envelope, null);
      assert.equal(record.receipt, null);
      assert.match(record.digest, /^[0-9a-f]{64}$/);
      assert.deepEqual(record.attachments.map((/** @type {any} */ a) => [a.name, a.sha256]), [['', sha256(PDF)]]);
      assert.equal((await admin(record.attachments[0].href)).status, 410);
      assert.equal(record.indicative.deadline, null);
      assert.equal(filesUnder(path.join(dataDir, 'files')).length, 1, 'the other submission\'s file stays');
      const verified = await admin('/api/admin/log/verify');
      assert.equal(verified.json.ok, true, JSON.stringify(verified.json));
      assert.equal(verified.json.entries, 6, '2 submissions, 2 receipts, the take-over and the erasure');
      const erased = await admin('/api/admin/submissions?status=erased');
      assert.deepEqual(erased.json.submissions.map((/** @type {any} */ s) => s.reference), [references[0]]);
      assert.deepEqual(await handler.applyRetention(), [], 'erased once');
    });
  });
}
