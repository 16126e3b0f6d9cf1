// @ts-check
// Issue 13, the operator's side: submissions are listed oldest first by the instant they arrived.
// Around the autumn change to winter time the same wall-clock hour comes twice, so the stored
// text (`02:30+02:00`, then `02:10+01:00` forty minutes later) sorts the wrong way round. The
// handler runs in this process so its clock can be set; on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request } from './support/http.mjs';
import { startInProcess } from './support/in-process.mjs';
import { needsPostgres } from './support/postgres.mjs';

for (const backend of /** @type {const} */ (['sqlite', 'postgres'])) {
  describe(`submissions listed by the instant received, on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    /** @type {Awaited<ReturnType<typeof startInProcess>>} */
    let server;
    // 02:30 summer time, the first 02:30 of that night
    before(async () => (server = await startInProcess({ backend, name: 'archive-order', start: '2026-10-25T00:30:00Z' })));
    after(() => server?.stop());

    it('lists 02:30+02:00 before 02:10+01:00 (forty minutes later), in the API and in the order received', async () => {
      /** @type {string[]} */
      const sent = [];
      for (const at of ['2026-10-25T00:30:00Z', '2026-10-25T01:10:00Z', '2026-10-25T01:50:00Z']) {
        server.clock.set(at);
        const response = await fetch(`${server.url}/api/forms/bezwaarschrift/submissions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
          body: JSON.stringify(objectionEnvelope()),
        });
        assert.equal(response.status, 201);
        const receipt = await response.json();
        sent.push(receipt.reference);
        if (sent.length === 2) assert.match(receipt.receivedAt, /T02:10:00\.000\+01:00$/, 'the second arrived at 02:10 winter time');
      }
      const listed = await request(server.url, '/api/admin/submissions', { headers: { Authorization: `Bearer ${server.operatorToken}` } });
      assert.equal(listed.status, 200, listed.body.toString());
      const body = JSON.parse(listed.body.toString());
      const items = Array.isArray(body) ? body : (body.submissions ?? body.items);
      assert.deepEqual(
        items.map((/** @type {any} */ item) => item.reference),
        sent,
      );
    });
  });
}
