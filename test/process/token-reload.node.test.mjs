// @ts-check
// Issue 13, tokens: named, hashed, rotatable. The real server process re-reads its organisations
// file when the file changes and on SIGHUP: a token added works and a token removed is refused,
// without a restart; a file that no longer validates leaves the tokens in force.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { request } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

const newToken = () => `wmebv_${randomBytes(32).toString('base64url')}`;
const sha256 = (/** @type {string} */ value) => createHash('sha256').update(value).digest('hex');

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs` (the file is polled every 2 s). */
async function until(/** @type {() => Promise<boolean>} */ condition, /** @type {string} */ what, timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > end) assert.fail(`Waited ${timeoutMs} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('operator tokens change without a restart', () => {
  const dir = tempDir('wmebv-token-reload-');
  const file = path.join(dir, 'organisations.json');
  const tokens = { old: newToken(), fresh: newToken() };
  const configure = (/** @type {Record<string, string>} */ named) =>
    writeFileSync(
      file,
      JSON.stringify({
        organisations: [
          {
            id: 'voorbeeld',
            name: 'Gemeente Voorbeeld',
            forms: ['bezwaarschrift'],
            tokens: Object.entries(named).map(([name, token]) => ({ name, sha256: sha256(token) })),
          },
        ],
      }),
    );
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  const status = async (/** @type {string} */ token) =>
    (await request(server.url, '/api/admin/submissions', { headers: { Authorization: `Bearer ${token}` } })).status;

  before(async () => {
    configure({ 'zaaksysteem-oud': tokens.old });
    server = await startServer([], { WMEBV_ORGANISATIONS_FILE: file, WMEBV_DATA_DIR: path.join(dir, 'data') });
  });
  after(() => server?.stop());

  it('takes a new token and refuses a removed one once the file changes', async () => {
    assert.equal(await status(tokens.old), 200);
    assert.equal(await status(tokens.fresh), 401);
    configure({ 'zaaksysteem-nieuw': tokens.fresh });
    await until(async () => (await status(tokens.fresh)) === 200, 'the new token to work after the file changed');
    assert.equal(await status(tokens.old), 401, 'the removed token is refused');
    assert.match(server.output(), /Organisations file re-read \(changed\): organisation "voorbeeld" tokens: zaaksysteem-nieuw\./);
    assert.ok(!server.output().includes(tokens.fresh) && !server.output().includes(sha256(tokens.fresh)), 'names only, never tokens or hashes');
  });

  it('re-reads on SIGHUP, stays up, and keeps the tokens in force when the file is broken', async () => {
    writeFileSync(file, '{ "organisations": [ { "id": "voorbeeld" ');
    server.child.kill('SIGHUP');
    await until(
      async () => /Organisations file re-read \(SIGHUP\) failed; the tokens in force stay/.test(server.output()),
      'the SIGHUP re-read to be logged',
    );
    assert.equal(server.child.exitCode, null, 'SIGHUP does not end the server');
    assert.equal(await status(tokens.fresh), 200);
  });
});
