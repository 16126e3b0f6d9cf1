// @ts-check
// Issue 13, the operator's side: submissions are listed oldest first by the instant they arrived.
// Around the autumn change to winter time the same wall-clock hour comes twice, so the stored
// text (`02:30+02:00`, then `02:10+01:00` forty minutes later) sorts the wrong way round. The
// handler runs in this process so its clock can be set; on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, tempDir } from './support/processes.mjs';

const server = await import(path.join(ROOT, 'packages/server/dist/index.js'));
const sha256 = (/** @type {string} */ value) => createHash('sha256').update(value).digest('hex');

for (const backend of ['sqlite', 'postgres']) {
  describe(`submissions listed by the instant received, on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    const token = `wmebv_${randomBytes(32).toString('base64url')}`;
    let clock = new Date('2026-10-25T00:30:00Z'); // 02:30 summer time, the first 02:30 of that night
    /** @type {any} */
    let handler;
    /** @type {import('node:http').Server} */
    let http;
    let base = '';

    before(async () => {
      handler = server.createIntakeHandler({
        dataDir: tempDir('wmebv-archive-order-'),
        databaseUrl: backend === 'postgres' ? await freshPostgresDatabase('archive_order') : undefined,
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
    });
    after(async () => {
      await new Promise((resolve) => http?.close(resolve));
      await handler?.close();
    });

    it('lists 02:30+02:00 before 02:10+01:00 (forty minutes later), in the API and in the order received', async () => {
      /** @type {string[]} */
      const sent = [];
      for (const at of ['2026-10-25T00:30:00Z', '2026-10-25T01:10:00Z', '2026-10-25T01:50:00Z']) {
        clock = new Date(at);
        const response = await fetch(`${base}/api/forms/bezwaarschrift/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(objectionEnvelope()),
        });
        assert.equal(response.status, 201);
        const receipt = await response.json();
        sent.push(receipt.reference);
        if (sent.length === 2) assert.match(receipt.receivedAt, /T02:10:00\.000\+01:00$/, 'the second arrived at 02:10 winter time');
      }
      const listed = await request(base, '/api/admin/submissions', { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(listed.status, 200, listed.body.toString());
      const body = JSON.parse(listed.body.toString());
      const items = Array.isArray(body) ? body : (body.submissions ?? body.items);
      assert.deepEqual(items.map((/** @type {any} */ item) => item.reference), sent);
    });
  });
}
