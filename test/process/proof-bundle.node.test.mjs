// @ts-check
// Issue 13, the proof bundle of one reference: the evidence of receipt and its time (Awb 2:17, 2:20,
// 6:9) a body hands to a sender or a court, and what Awb 2:25 obliges it to provide on request.
// A real server process (SQLite and PostgreSQL) makes it at GET /api/admin/submissions/:ref/proof
// and with `wmebv-server proof-bundle`; the real `wmebv verify-receipt` and the OpenSSL script of
// docs/server.md, run exactly as written, check it and name what was changed.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { request, submit } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const SERVER = path.join(ROOT, 'packages/server/dist/start.js');
const WMEBV = path.join(ROOT, 'packages/cli/dist/index.js');

/** Runs a command; resolves with its exit code and output (never rejects on a non-zero exit). */
async function run(/** @type {string} */ file, /** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env = {}) {
  try {
    const { stdout, stderr } = await promisify(execFile)(file, args, { env: { ...process.env, ...env }, cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = /** @type {any} */ (error);
    return {
      code: typeof failed.code === 'number' ? failed.code : 2,
      stdout: String(failed.stdout ?? ''),
      stderr: String(failed.stderr ?? failed.message),
    };
  }
}

/** The check-bundle.sh block of docs/server.md, exactly as documented. */
function documentedScript() {
  const docs = readFileSync(path.join(ROOT, 'docs/server.md'), 'utf8');
  const match = /<!-- The block below is run as written by test\/process\/proof-bundle\.node\.test\.mjs[^>]*-->\n```sh\n([\s\S]*?)```/.exec(docs);
  assert.ok(match, 'docs/server.md holds the check-bundle.sh block');
  return match[1];
}

const copy = (/** @type {unknown} */ value) => JSON.parse(JSON.stringify(value));

for (const backend of ['sqlite', 'postgres']) {
  describe(`the proof bundle on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    const dir = tempDir('wmebv-proof-bundle-');
    const token = `wmebv_${randomBytes(32).toString('base64url')}`;
    /** @type {NodeJS.ProcessEnv} */
    let env;
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    /** @type {any[]} */
    const receipts = [];
    /** @type {any} */
    let bundle;
    const keysFile = path.join(dir, 'keys.json');
    /** Writes a bundle (as given, or changed) and checks it with `wmebv verify-receipt`. */
    const verifyReceipt = async (/** @type {unknown} */ value, /** @type {string} */ name, withKeys = true) => {
      const file = path.join(dir, `${name}.json`);
      writeFileSync(file, JSON.stringify(value, null, 2));
      return run(process.execPath, [WMEBV, 'verify-receipt', file, ...(withKeys ? ['--keys', keysFile] : [])]);
    };
    const proof = (/** @type {string} */ reference, bearer = token) =>
      request(server.url, `/api/admin/submissions/${reference}/proof`, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });

    before(async () => {
      env = {
        WMEBV_DATA_DIR: path.join(dir, 'data'),
        WMEBV_ADMIN_TOKENS: `bezwaarteam:${createHash('sha256').update(token).digest('hex')}`,
        ...(backend === 'postgres' ? { DATABASE_URL: await freshPostgresDatabase('proof_bundle') } : {}),
      };
      server = await startServer([], env);
      // Three submissions: the first one's bundle holds the others' entries only as far as its head.
      for (let i = 0; i < 3; i += 1) {
        const response = await submit(server.url);
        assert.equal(response.status, 201, response.body.toString());
        receipts.push(JSON.parse(response.body.toString()));
      }
      writeFileSync(keysFile, (await request(server.url, '/api/receipt-key')).body);
    });
    after(() => server?.stop());

    it('GET /api/admin/submissions/:ref/proof gives the bundle of one reference (Awb 2:17, 2:20, 6:9; 2:25), only with the token, access logged by ids', async () => {
      const [first] = receipts;
      assert.equal((await proof(first.reference, '')).status, 401);
      const response = await proof(first.reference);
      assert.equal(response.status, 200, response.body.toString());
      bundle = JSON.parse(response.body.toString());
      assert.equal(bundle.format, 'wmebv-proof-bundle/1');
      assert.equal(bundle.reference, first.reference);
      assert.deepEqual(bundle.receipt, first, 'the receipt as issued');
      assert.equal(bundle.envelope.values.naam, 'Jan Jansen', 'the envelope as stored');
      const { entries, head } = bundle.log;
      assert.equal(entries[0].seq, first.log.seq, "from the receipt's anchor");
      assert.equal(entries[0].kind, 'submission');
      assert.equal(head.type, 'log-head');
      assert.equal(head.seq, entries.at(-1).seq, 'up to the entry the head names');
      assert.ok(head.seq >= entries.findLast((/** @type {any} */ entry) => entry.reference === first.reference).seq);
      assert.ok(
        entries.every((/** @type {any} */ entry) => !JSON.stringify(entry).includes('Jansen')),
        'entries hold ids and digests, never answers',
      );
      assert.deepEqual(
        bundle.keys.keys.map((/** @type {any} */ key) => key.kid),
        [...new Set([first.kid, head.kid])],
      );
      assert.equal((await proof('BZW-2222-2222')).status, 404);
      // The log line is written after the response: wait for it (a bare read failed once under load).
      await server.said(new RegExp(`admin proof token=bezwaarteam organisation=default ${first.reference}`));
      assert.doesNotMatch(server.output(), /Jansen/);
    });

    it("wmebv verify-receipt checks that bundle offline: every check passes, with the published keys and with the bundle's own (Awb 2:17, 2:20)", async () => {
      const checked = await verifyReceipt(bundle, 'bundle');
      assert.equal(checked.code, 0, checked.stdout + checked.stderr);
      for (const line of [
        'receipt signature',
        'envelope digest',
        'log chain',
        'receipt anchor',
        'receipt entry',
        'signed log head',
        'head covers entries',
      ]) {
        assert.match(checked.stdout, new RegExp(`^OK +${line} `, 'm'), line);
      }
      assert.match(checked.stdout, /^Keys: the key set given with --keys\.$/m);
      assert.match(checked.stdout, new RegExp(`^VALID: proof bundle of ${bundle.reference}, received `, 'm'));
      const own = await verifyReceipt(bundle, 'bundle-own-keys', false);
      assert.equal(own.code, 0, own.stdout);
      assert.match(own.stdout, /^Keys: the bundle's own\. They prove the signatures only if they are the organisation's/m);
    });

    it('wmebv-server proof-bundle writes the same evidence from the command line, logged by ids', async () => {
      const out = path.join(dir, 'cli-bundle.json');
      const made = await run(process.execPath, [SERVER, 'proof-bundle', '--out', out, receipts[1].reference], env);
      assert.equal(made.code, 0, made.stdout + made.stderr);
      assert.match(made.stderr, new RegExp(`admin proof token=\\(command line\\) organisation=default ${receipts[1].reference}`));
      const fromCli = JSON.parse(readFileSync(out, 'utf8'));
      assert.deepEqual(fromCli.receipt, receipts[1]);
      const checked = await verifyReceipt(fromCli, 'cli-checked');
      assert.equal(checked.code, 0, checked.stdout);
      const missing = await run(process.execPath, [SERVER, 'proof-bundle', 'BZW-2222-2222'], env);
      assert.equal(missing.code, 1);
      assert.match(missing.stdout, /No proof bundle for BZW-2222-2222 .*there is no such submission/);
    });

    it('an edited envelope fails "envelope digest": it is not what was received (Awb 2:17 lid 2)', async () => {
      const changed = copy(bundle);
      changed.envelope.values.gronden = 'Iets anders dan wat verzonden werd.';
      const checked = await verifyReceipt(changed, 'edited-envelope');
      assert.equal(checked.code, 1);
      assert.match(
        checked.stdout,
        /^FAIL envelope digest +The envelope's SHA-256 is [0-9a-f]{64}, but the receipt states [0-9a-f]{64}: it is not what was received\.$/m,
      );
      assert.match(checked.stdout, /^OK +receipt signature /m, 'the receipt itself still verifies');
      assert.match(checked.stdout, /^NOT VALID: 1 of 7 checks failed\.$/m);
    });

    it('an edited log entry fails "log chain": the time of receipt in the log cannot be moved (Awb 2:20)', async () => {
      const changed = copy(bundle);
      changed.log.entries[0].recordedAt = '2026-01-01T09:00:00.000+01:00';
      const checked = await verifyReceipt(changed, 'edited-entry');
      assert.equal(checked.code, 1);
      assert.match(
        checked.stdout,
        new RegExp(
          `^FAIL log chain +Proof log: Entry ${changed.log.entries[0].seq} was changed after it was written: its hash does not match its content\\.$`,
          'm',
        ),
      );
      const gap = copy(bundle);
      gap.log.entries.splice(1, 1);
      const gapChecked = await verifyReceipt(gap, 'entry-removed');
      assert.equal(gapChecked.code, 1);
      assert.match(gapChecked.stdout, new RegExp(`^FAIL log chain +Proof log: Entry ${bundle.log.entries[1].seq} is missing`, 'm'));
    });

    it('an edited head fails "signed log head" (Awb 2:20: the head fixes the log up to it)', async () => {
      const changed = copy(bundle);
      changed.log.head.signedAt = '2030-01-01T00:00:00.000+01:00';
      const checked = await verifyReceipt(changed, 'edited-head');
      assert.equal(checked.code, 1);
      assert.match(checked.stdout, /^FAIL signed log head +Log head: The log head's signature does not match: the head was changed after signing/m);
    });

    it('a receipt in place of the head is refused: a receipt is never accepted as a log head (Awb 2:17)', async () => {
      const changed = copy(bundle);
      changed.log.head = bundle.receipt;
      const checked = await verifyReceipt(changed, 'receipt-as-head');
      assert.equal(checked.code, 1);
      assert.match(
        checked.stdout,
        /^FAIL signed log head +Log head: This is not a signed log head \(it has no type "log-head"\); a receipt is never accepted as one\.$/m,
      );
      assert.match(checked.stdout, /^FAIL head covers entries +There is no signed log head to cover the entries\.$/m);
    });

    it('the OpenSSL, sha256sum and jq commands of docs/server.md, run as written, accept the bundle and name each change (Awb 2:17, 2:20)', async () => {
      const script = path.join(dir, 'check-bundle.sh');
      writeFileSync(script, documentedScript());
      const check = async (/** @type {unknown} */ value, /** @type {string} */ name) => {
        const file = path.join(dir, `openssl-${name}.json`);
        writeFileSync(file, JSON.stringify(value, null, 2));
        return run('bash', [script, file, keysFile]);
      };
      const good = await check(bundle, 'good');
      assert.equal(good.code, 0, good.stdout + good.stderr);
      assert.equal(good.stdout.match(/^OK /gm)?.length, 7, good.stdout);
      const envelope = copy(bundle);
      envelope.envelope.values.gronden = 'Iets anders.';
      assert.match((await check(envelope, 'envelope')).stdout, /^FAIL envelope: its SHA-256 is not the receipt digest$/m);
      const entry = copy(bundle);
      entry.log.entries[0].recordedAt = '2026-01-01T09:00:00.000+01:00';
      assert.match((await check(entry, 'entry')).stdout, new RegExp(`^FAIL log: entry ${entry.log.entries[0].seq} does not match its hash$`, 'm'));
      const head = copy(bundle);
      head.log.head.signedAt = '2030-01-01T00:00:00.000+01:00';
      assert.match((await check(head, 'head')).stdout, /^FAIL log head: the signature does not match$/m);
      const receiptAsHead = copy(bundle);
      receiptAsHead.log.head = bundle.receipt;
      const refused = await check(receiptAsHead, 'receipt-as-head');
      assert.equal(refused.code, 1);
      assert.match(refused.stdout, /^FAIL head: not a signed log head \(type "log-head"\)$/m);
    });
  });
}
