// @ts-check
// Issue 13: several server processes on one PostgreSQL behave as one server. Two real
// `wmebv-server` processes share one database and one signing key; under concurrent load every
// acknowledged submission is stored once under its own reference, and an Idempotency-Key sent to
// both processes at once stores one submission.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateReceiptKey } from '@wmebv/server';
import { verifyReceipt } from '@wmebv/core';
import { request, submit } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const SUBMISSIONS = 60;
const SAME_KEY_PAIRS = 15;
const CONCURRENCY = 12;

/** Runs the tasks with at most `limit` at a time. @template T @param {(() => Promise<T>)[]} tasks @param {number} limit */
async function pool(tasks, limit) {
  /** @type {T[]} */
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await /** @type {() => Promise<T>} */ (tasks[index])();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('two server processes on one PostgreSQL', needsPostgres(), () => {
  /** @type {Awaited<ReturnType<typeof startServer>>[]} */
  let servers = [];
  let databaseUrl = '';
  before(async () => {
    databaseUrl = await freshPostgresDatabase('two_processes');
    const keyFile = path.join(tempDir('wmebv-key-'), 'signing-key.json');
    writeFileSync(keyFile, JSON.stringify(await generateReceiptKey()), { mode: 0o600 });
    // All load comes from one loopback address: the per-client limit (issue 12 item 3) is tested in limits.node.test.mjs.
    const env = { DATABASE_URL: databaseUrl, WMEBV_RECEIPT_SIGNING_KEY_FILE: keyFile, WMEBV_SUBMISSIONS_PER_CLIENT: '1000000' };
    // Started together: both migrate the empty database at once (one waits for the other).
    servers = await Promise.all([startServer(['--data', tempDir('wmebv-pg-a-')], env), startServer(['--data', tempDir('wmebv-pg-b-')], env)]);
  });
  after(() => Promise.all(servers.map((server) => server.stop())));

  it('stores every acknowledged submission once, under unique references, with receipts both key sets verify', async () => {
    const [a, b] = /** @type {[any, any]} */ (servers);
    const results = await pool(
      Array.from({ length: SUBMISSIONS }, (_, index) => () => submit((index % 2 ? a : b).url)),
      CONCURRENCY,
    );
    const receipts = results.map((result) => {
      assert.equal(result.status, 201, result.body.toString());
      return JSON.parse(result.body.toString());
    });
    const references = new Set(receipts.map((receipt) => receipt.reference));
    assert.equal(references.size, SUBMISSIONS, 'every reference is unique');
    assert.equal(await countRows(databaseUrl, 'SELECT count(*) FROM submissions'), SUBMISSIONS, 'stored = acknowledged');
    for (const server of servers) {
      const keySet = JSON.parse((await request(server.url, '/api/receipt-key')).body.toString());
      const verdicts = await Promise.all(receipts.slice(0, 6).map((receipt) => verifyReceipt(receipt, keySet)));
      assert.deepEqual(
        verdicts.map((verdict) => verdict.status),
        Array(6).fill('valid'),
      );
    }
  });

  it('stores one submission for a key sent to both processes at the same moment', async () => {
    const [a, b] = /** @type {[any, any]} */ (servers);
    const keys = Array.from({ length: SAME_KEY_PAIRS }, () => crypto.randomUUID());
    const pairs = await Promise.all(
      keys.map((key) => Promise.all([submit(a.url, undefined, { 'Idempotency-Key': key }), submit(b.url, undefined, { 'Idempotency-Key': key })])),
    );
    for (const pair of pairs) {
      assert.deepEqual(pair.map((result) => result.status).sort(), [200, 201], 'one stores (201), the other gets the stored receipt (200)');
      const [first, second] = pair.map((result) => JSON.parse(result.body.toString()).reference);
      assert.equal(first, second);
    }
    const stored = await countRows(databaseUrl, 'SELECT count(*) FROM submissions WHERE idempotency_key = ANY($1)', [keys]);
    assert.equal(stored, SAME_KEY_PAIRS);
  });

  it('keeps one proof-log chain across both processes (verify-log: intact, two entries per submission)', async () => {
    const submissions = await countRows(databaseUrl, 'SELECT count(*) FROM submissions');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'packages/server/dist/start.js'), 'verify-log', '--data', tempDir('wmebv-pg-verify-')],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    assert.match(stdout, new RegExp(`Intact: ${submissions * 2} entries`));
  });
});

/** @param {string} url @param {string} sql @param {unknown[]} [values] */
async function countRows(url, sql, values = []) {
  const pg = createRequire(path.join(ROOT, 'packages/server/package.json'))('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql, values)).rows[0].count);
  } finally {
    await client.end();
  }
}
