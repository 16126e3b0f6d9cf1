// @ts-check
// Issue 12 item 6, accept-and-flag: files stored unscanned while the scanner was down are scanned
// once it answers again, by `wmebv-server rescan` and by the server itself at start (and every
// WMEBV_RESCAN_INTERVAL_MS). Clean clears the flag; infected marks the file and its submission in
// the operator's record and is logged by reference and signature, never by file name or answer.
// Real server processes, real clamd (Debian's clamav-daemon) with its local EICAR signature, on
// SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { EICAR, needsClamd, startClamd } from './support/clamd.mjs';
import { PDF, postWithFile, request } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { freePort, ROOT, startServer, tempDir } from './support/processes.mjs';

const START = path.join(ROOT, 'packages/server/dist/start.js');
const INFECTED_PDF = Buffer.concat([PDF, Buffer.from(`% ${EICAR}\n`)]);

/** `wmebv-server rescan …`; resolves with its exit code and output (it exits 1 while files stay unscanned). */
async function rescan(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [START, 'rescan', ...args], { env: { ...process.env, ...env } });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = /** @type {{ code: number, stdout: string, stderr: string }} */ (error);
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

for (const backend of ['sqlite', 'postgres']) {
  describe(`rescanning files stored unscanned, on ${backend}`, { ...needsClamd(), ...(backend === 'postgres' ? needsPostgres() : {}) }, () => {
    const dataDir = tempDir('wmebv-rescan-');
    const token = `wmebv_${randomBytes(32).toString('base64url')}`;
    /** @type {NodeJS.ProcessEnv} */
    const env = { WMEBV_ADMIN_TOKENS: `zaaksysteem:${createHash('sha256').update(token).digest('hex')}`, WMEBV_SCAN_UNAVAILABLE: 'accept-and-flag' };
    /** @type {Awaited<ReturnType<typeof startClamd>>} */
    let clamd;
    let nobody = '';
    /** @type {Record<string, string>} */
    const references = {};
    const record = async (/** @type {string} */ base, /** @type {string} */ reference) => {
      const answer = await request(base, `/api/admin/submissions/${reference}`, { headers: { Authorization: `Bearer ${token}` } });
      assert.equal(answer.status, 200, answer.body.toString());
      const json = JSON.parse(answer.body.toString());
      return { malwareScan: json.malwareScan, scans: json.attachments.map((/** @type {any} */ file) => file.scan) };
    };

    before(async () => {
      if (backend === 'postgres') env.DATABASE_URL = await freshPostgresDatabase('rescan');
      nobody = `127.0.0.1:${await freePort()}`; // the scanner is down: nothing listens here
      const server = await startServer(['--data', dataDir, '--clamd', nobody], env);
      try {
        for (const [name, bytes] of /** @type {const} */ ([
          ['clean', PDF],
          ['infected', INFECTED_PDF],
        ])) {
          const response = await postWithFile(server.url, bytes, { name: `besluit-${name}-Jansen.pdf` });
          assert.equal(response.status, 201, await response.clone().text());
          references[name] = (await response.json()).reference;
        }
        for (const reference of Object.values(references))
          assert.deepEqual(await record(server.url, reference), { malwareScan: 'unscanned', scans: ['unavailable'] });
      } finally {
        await server.stop();
      }
      clamd = await startClamd();
    });
    after(() => clamd?.stop());

    it('wmebv-server rescan leaves the files flagged and exits 1 while the scanner is still down', async () => {
      const { code, output } = await rescan(['--data', dataDir, '--clamd', nobody], env);
      assert.equal(code, 1, output);
      assert.match(output, /the scanner is still unavailable \(clamd: ECONNREFUSED\); 2 files stay flagged as unscanned/);
      assert.match(output, /Rescanned: 0 clean, 0 infected; 2 still unscanned\./);
    });

    it('records each verdict once the scanner answers: clean clears the flag, infected marks the submission', async () => {
      const { code, output } = await rescan(['--data', dataDir, '--clamd', clamd.address], env);
      assert.equal(code, 0, output);
      assert.match(
        output,
        new RegExp(`Rescanned: 1 clean, 1 infected: ${references.infected} a1 \\(Wmebv-Test-EICAR[.\\w]*\\); 0 still unscanned\\.`),
      );
      assert.match(output, new RegExp(`Rescan: attachment a1 of ${references.infected} matched Wmebv-Test-EICAR[.\\w]*; it is marked infected\\.`));
      assert.doesNotMatch(output, /besluit|Jansen|jan@example\.org/, 'no file name and no answer in what it prints');
      const server = await startServer(['--data', dataDir], env);
      try {
        assert.deepEqual(await record(server.url, references.clean), { malwareScan: 'clean', scans: ['clean'] });
        assert.deepEqual(await record(server.url, references.infected), { malwareScan: 'infected', scans: ['infected'] });
      } finally {
        await server.stop();
      }
      const again = await rescan(['--data', dataDir, '--clamd', clamd.address], env);
      assert.equal(again.code, 0, again.output);
      assert.match(again.output, /Rescanned: 0 clean, 0 infected; 0 still unscanned\./, 'each file is judged once');
    });

    it('the server scans files stored unscanned itself, at start, once the scanner answers', async () => {
      const down = await startServer(['--data', dataDir, '--clamd', nobody], env);
      let reference = '';
      try {
        const response = await postWithFile(down.url, PDF);
        assert.equal(response.status, 201);
        reference = (await response.json()).reference;
      } finally {
        await down.stop();
      }
      const up = await startServer(['--data', dataDir, '--clamd', clamd.address], env);
      try {
        // The pass runs in the background after start: wait for its result, not for a time.
        const deadline = Date.now() + 60_000;
        let seen = await record(up.url, reference);
        while (seen.malwareScan !== 'clean' && Date.now() < deadline) {
          await delay(200);
          seen = await record(up.url, reference);
        }
        assert.deepEqual(seen, { malwareScan: 'clean', scans: ['clean'] }, 'scanned within 60 s of the start');
        assert.doesNotMatch(up.output(), /besluit|Jansen/);
      } finally {
        await up.stop();
      }
    });
  });
}
