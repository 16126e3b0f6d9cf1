// @ts-check
// Issue 13, Storage: the documented path from one machine (SQLite) to several (PostgreSQL).
// A real server stores submissions in SQLite; `wmebv-server copy-to-postgres` copies them into an
// empty PostgreSQL database; a server on PostgreSQL then answers a retry with the stored receipt,
// publishes the same keys, and continues the same proof-log chain.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { generateReceiptKey } from '@wmebv/server';
import { request, submit } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const START = path.join(ROOT, 'packages/server/dist/start.js');

/** Runs a `wmebv-server` command; resolves with its exit code and everything it printed. */
async function wmebvServer(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [START, ...args], { env: { ...process.env, ...env } });
    return { code: 0, output: `${stdout}${stderr}` };
  } catch (error) {
    const failed = /** @type {any} */ (error);
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

describe('wmebv-server copy-to-postgres', needsPostgres(), () => {
  const dataDir = tempDir('wmebv-copy-');
  const keyFile = path.join(tempDir('wmebv-copy-key-'), 'signing-key.json');
  let databaseUrl = '';
  /** @type {{ key: string, receipt: any }[]} */
  const sent = [];
  /** @type {any} */
  let keysBefore;

  before(async () => {
    writeFileSync(keyFile, JSON.stringify(await generateReceiptKey()), { mode: 0o600 });
    const server = await startServer(['--data', dataDir], { WMEBV_RECEIPT_SIGNING_KEY_FILE: keyFile });
    try {
      for (let i = 0; i < 3; i += 1) {
        const key = crypto.randomUUID();
        const answer = await submit(server.url, undefined, { 'Idempotency-Key': key });
        assert.equal(answer.status, 201, answer.body.toString());
        sent.push({ key, receipt: JSON.parse(answer.body.toString()) });
      }
      keysBefore = JSON.parse((await request(server.url, '/api/receipt-key')).body.toString());
    } finally {
      await server.stop(); // stop first, as the docs say; signs the log head on the way out
    }
    databaseUrl = await freshPostgresDatabase('copy');
  });

  it('copies everything, checks counts and the log head, and refuses a second copy into the same database', async () => {
    const first = await wmebvServer(['copy-to-postgres', '--data', dataDir, '--database-url', databaseUrl]);
    assert.equal(first.code, 0, first.output);
    assert.match(first.output, /submissions 3\b/);
    assert.match(first.output, /proof_log 6\b/);
    assert.match(first.output, /proof log is intact with the same head/);
    assert.doesNotMatch(first.output, /Jan Jansen|jan@example\.org/, 'no answers in what it prints');

    const again = await wmebvServer(['copy-to-postgres', '--data', dataDir, '--database-url', databaseUrl]);
    assert.equal(again.code, 1, again.output);
    assert.match(again.output, /not empty/);
  });

  describe('a server on the copy', () => {
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    before(async () => {
      server = await startServer(['--data', tempDir('wmebv-copy-pg-')], { DATABASE_URL: databaseUrl, WMEBV_RECEIPT_SIGNING_KEY_FILE: keyFile });
    });
    after(() => server?.stop());

    it('answers a retry with the receipt SQLite gave, and publishes the same keys', async () => {
      for (const { key, receipt } of sent) {
        const retry = await submit(server.url, undefined, { 'Idempotency-Key': key });
        assert.equal(retry.status, 200, retry.body.toString());
        assert.deepEqual(JSON.parse(retry.body.toString()), receipt);
      }
      assert.deepEqual(JSON.parse((await request(server.url, '/api/receipt-key')).body.toString()), keysBefore);
    });

    it('continues the same proof-log chain: a new receipt is anchored after the copied entries, and verify-log finds it intact', async () => {
      const answer = await submit(server.url);
      assert.equal(answer.status, 201, answer.body.toString());
      assert.equal(JSON.parse(answer.body.toString()).log.seq, 7);
      const verified = await wmebvServer(['verify-log', '--data', tempDir('wmebv-copy-verify-')], { DATABASE_URL: databaseUrl });
      assert.equal(verified.code, 0, verified.output);
      assert.match(verified.output, /Intact: 8 entries/);
    });
  });
});
