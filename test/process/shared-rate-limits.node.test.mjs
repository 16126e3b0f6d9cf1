// @ts-check
// Issue 12 item 3: with several processes on one database the rate-limit counters live in the
// database. Two real wmebv-server processes on one PostgreSQL database, both behind a trusted proxy
// (loopback): one client's submissions sent to either process count together, so the limit holds
// for the whole service, not per process; another client is not affected; the table holds no address.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, submit } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const LIMIT = 4;
const from = (address) => ({ 'X-Forwarded-For': address });

describe('rate-limit counters shared by two processes on one PostgreSQL', needsPostgres(), () => {
  /** @type {Awaited<ReturnType<typeof startServer>>[]} */
  let servers = [];
  let databaseUrl = '';
  before(async () => {
    databaseUrl = await freshPostgresDatabase('shared_limits');
    const env = {
      DATABASE_URL: databaseUrl,
      WMEBV_SUBMISSIONS_PER_CLIENT: String(LIMIT),
      WMEBV_SUBMISSION_WINDOW_MS: '600000',
      WMEBV_TRUSTED_PROXIES: 'loopback',
    };
    servers = await Promise.all([startServer(['--data', tempDir('wmebv-limits-a-')], env), startServer(['--data', tempDir('wmebv-limits-b-')], env)]);
  });
  after(() => Promise.all(servers.map((server) => server.stop())));

  it('counts one client across both processes: the fifth submission gets 429, whichever process it reaches', async () => {
    const [a, b] = /** @type {[any, any]} */ (servers);
    for (let index = 0; index < LIMIT; index += 1) {
      const { status } = await submit((index % 2 ? b : a).url, objectionEnvelope(), from('203.0.113.9'));
      assert.equal(status, 201, `submission ${index + 1} of ${LIMIT}`);
    }
    for (const server of [a, b]) {
      const limited = await submit(server.url, objectionEnvelope(), from('203.0.113.9'));
      assert.equal(limited.status, 429, 'over the limit at either process');
      assert.ok(Number(limited.headers['retry-after']) > 0, `Retry-After: ${limited.headers['retry-after']}`);
    }
    assert.equal((await submit(b.url, objectionEnvelope(), from('198.51.100.20'))).status, 201, 'another client is not affected');
  });

  it('keeps no client address in the database, only digests', async () => {
    const pg = createRequire(path.join(ROOT, 'packages/server/package.json'))('pg');
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      const keys = (await client.query('SELECT key FROM rate_limits')).rows.map((row) => row.key);
      assert.ok(keys.length >= 2, `counters stored: ${keys.length}`);
      for (const key of keys) {
        assert.match(key, /^submissions-per-client:[0-9a-f]{64}$/);
        assert.doesNotMatch(key, /203\.0\.113|198\.51\.100/);
      }
    } finally {
      await client.end();
    }
  });
});
