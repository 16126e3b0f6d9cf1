// @ts-check
// Issue 13, for a load balancer: /healthz and /readyz, and SIGTERM under load (stop accepting,
// finish what is in flight, exit): no acknowledged submission lost, no 5xx.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, it } from 'node:test';
import { request, submit } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const LOAD = 40;
// All load comes from one loopback address: the per-client limit is tested in limits.node.test.mjs.
const ENV = { WMEBV_SUBMISSIONS_PER_CLIENT: '1000000' };

describe('operations: health probes and SIGTERM', () => {
  it('answers /healthz and /readyz with 200 while serving', async () => {
    const server = await startServer(['--data', tempDir('wmebv-health-')], ENV);
    try {
      assert.equal((await request(server.url, '/healthz')).status, 200);
      const ready = await request(server.url, '/readyz');
      assert.equal(ready.status, 200, ready.body.toString());
    } finally {
      await server.stop();
    }
  });

  it('drains on SIGTERM under load: every acknowledged submission is stored, none gets a 5xx, the process exits', async () => {
    const dataDir = tempDir('wmebv-drain-');
    const server = await startServer(['--data', dataDir], ENV);
    let answered = 0;
    /** @type {Promise<void>} */
    let terminated = Promise.resolve();
    const results = await Promise.all(
      Array.from({ length: LOAD }, () =>
        submit(server.url)
          .then((response) => {
            answered += 1;
            // Stop the server while most requests are still in flight or not yet sent.
            if (answered === 5) terminated = server.stop().then(() => undefined);
            return { status: response.status, reference: JSON.parse(response.body.toString()).reference };
          })
          .catch((/** @type {any} */ error) => ({ status: 0, error: error.code })),
      ),
    );
    await terminated;
    assert.equal(server.child.exitCode, 0, `exit code; output:\n${server.output()}`);
    const statuses = results.map((result) => result.status);
    assert.deepEqual(
      statuses.filter((status) => status >= 500),
      [],
      'no 5xx',
    );
    const acknowledged = results.filter((result) => result.status === 201).map((result) => result.reference);
    assert.ok(acknowledged.length >= 5, `acknowledged: ${acknowledged.length}`);
    // Refused connections were never acknowledged: the sender knows to retry.
    const Database = createRequire(path.join(ROOT, 'packages/server/package.json'))('better-sqlite3');
    const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true });
    try {
      const stored = new Set(
        db
          .prepare('SELECT reference FROM submissions')
          .all()
          .map((/** @type {any} */ row) => row.reference),
      );
      assert.deepEqual(
        acknowledged.filter((reference) => !stored.has(reference)),
        [],
        'every 201 is stored',
      );
      assert.equal(stored.size, acknowledged.length, 'stored = acknowledged');
    } finally {
      db.close();
    }
  });
});
