// @ts-check
// Issue 13, proof log: every stored submission and receipt is a hash-chained entry, receipts carry
// their entry's anchor, the head is signed, and `wmebv-server verify-log` finds an edited entry, a
// deleted one and entries removed from the end. The database is changed directly, as an attacker
// with access to it would.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { before, describe, it } from 'node:test';
import { submit } from './support/http.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const START = path.join(ROOT, 'packages/server/dist/start.js');
const SUBMISSIONS = 3;

/** Runs `wmebv-server verify-log` on a data folder; resolves with its exit code and output. */
async function verifyLog(/** @type {string} */ dataDir, /** @type {string[]} */ extra = []) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [START, 'verify-log', '--data', dataDir, ...extra]);
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = /** @type {any} */ (error);
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

/** A copy of the (closed) SQLite database in a new data folder, changed by `sql`. */
function tampered(/** @type {string} */ dataDir, /** @type {string} */ sql) {
  const copy = tempDir('wmebv-tampered-');
  mkdirSync(copy, { recursive: true });
  copyFileSync(path.join(dataDir, 'wmebv.sqlite'), path.join(copy, 'wmebv.sqlite'));
  const Database = createRequire(path.join(ROOT, 'packages/server/package.json'))('better-sqlite3');
  const db = new Database(path.join(copy, 'wmebv.sqlite'));
  db.exec(sql);
  db.close();
  return copy;
}

describe('proof log', () => {
  const dataDir = tempDir('wmebv-proof-log-');
  /** @type {any[]} */
  const receipts = [];
  before(async () => {
    const server = await startServer(['--data', dataDir]);
    try {
      for (let i = 0; i < SUBMISSIONS; i += 1) receipts.push(JSON.parse((await submit(server.url)).body.toString()));
    } finally {
      await server.stop(); // signs the head on the way out
    }
  });

  it("gives each receipt the anchor of its submission's entry, and verifies intact", async () => {
    assert.deepEqual(
      receipts.map((receipt) => receipt.log.seq),
      [1, 3, 5],
      'a submission entry and a receipt entry per submission',
    );
    receipts.forEach((receipt) => assert.match(receipt.log.hash, /^[0-9a-f]{64}$/));
    const result = await verifyLog(dataDir);
    assert.equal(result.code, 0, result.output);
    assert.match(result.output, new RegExp(`Intact: ${SUBMISSIONS * 2} entries`));
  });

  it('reports the entry that was edited in the database', async () => {
    const copy = tampered(dataDir, `UPDATE proof_log SET payload_json = replace(payload_json, '1.0.0', '1.0.1') WHERE seq = 3`);
    const result = await verifyLog(copy);
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /Broken at entry 3 \(edited\)/);
  });

  it('reports the gap where an entry was deleted', async () => {
    const result = await verifyLog(tampered(dataDir, 'DELETE FROM proof_log WHERE seq = 4'));
    assert.equal(result.code, 1, result.output);
    assert.match(result.output, /Broken at entry 4 \(missing\)/);
  });

  it("detects entries removed from the end against the signed head, and against a receipt's anchor", async () => {
    const cut = tampered(dataDir, 'DELETE FROM proof_log WHERE seq > 4');
    const againstHead = await verifyLog(cut);
    assert.equal(againstHead.code, 1, againstHead.output);
    assert.match(againstHead.output, /\(truncated\)/);

    // The attacker also removes the signed heads: the last sender's receipt still shows the cut.
    const noHeads = tampered(cut, 'DELETE FROM log_heads');
    assert.equal((await verifyLog(noHeads)).code, 0, 'without any anchor a clean cut is not visible');
    const receiptFile = path.join(tempDir('wmebv-receipt-'), 'receipt.json');
    writeFileSync(receiptFile, JSON.stringify(receipts.at(-1)));
    const againstReceipt = await verifyLog(noHeads, ['--receipt', receiptFile]);
    assert.equal(againstReceipt.code, 1, againstReceipt.output);
    assert.match(againstReceipt.output, /Broken at entry 5 \(truncated\)/);
  });
});
