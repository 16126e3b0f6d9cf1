// @ts-check
// Issue 12 item 1: nothing under the data folder, no key, no database, no source or config of the
// server may be reachable over HTTP, in the demo (`pnpm start`, i.e. Vite) or the standalone server.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { request, submit } from './support/http.mjs';
import { ROOT, startDemo, startServer, tempDir } from './support/processes.mjs';

/** Every path an attacker tried, plus the traversal spellings; `dataDir` is where the files really are. */
function attackPaths(dataDir, mailFile) {
  const inData = ['receipt-signing-key.dev.json', 'wmebv.sqlite', 'wmebv.sqlite-wal', 'wmebv.sqlite-shm', `outbox/${mailFile}`];
  return [
    ...inData.map((name) => `/.data/${name}`),
    ...inData.map((name) => `/@fs${dataDir}/${name}`),
    ...inData.map((name) => `/@fs${dataDir}/${name}?raw`),
    `/@fs${dataDir}/receipt-signing-key.dev.json?import&raw`,
    `/@fs${dataDir}/receipt-signing-key.dev.json?url`,
    `/@fs${ROOT}.data/receipt-signing-key.dev.json`,
    `/@fs${ROOT}vite.config.ts`,
    `/@fs${ROOT}pnpm-lock.yaml`,
    `/@fs${ROOT}packages/server/src/handler.ts`,
    `/@id/${dataDir}/receipt-signing-key.dev.json?raw`,
    '/vite.config.ts',
    '/vite.config.ts?raw',
    '/pnpm-lock.yaml',
    '/package.json',
    '/packages/server/src/handler.ts',
    '/packages/server/dist/index.js',
    '/packages/server/package.json',
    '/.git/config',
    '/demo/../.data/receipt-signing-key.dev.json',
    '/demo/%2e%2e/.data/receipt-signing-key.dev.json',
    '/demo/..%2f.data/receipt-signing-key.dev.json',
    '/node_modules/../.data/receipt-signing-key.dev.json',
    '/demo/forms/..%5c..%5c.data/receipt-signing-key.dev.json',
  ];
}

/** A body that gives a secret away: a private JWK, SQLite bytes, a mail, the config. */
function leaks(body) {
  const text = body.toString('latin1');
  return /"d"\s*:|SQLite format 3|jan@example\.org|Jan Jansen|defineConfig|lockfileVersion|createIntakeHandler/.test(text);
}

describe('the demo (vite) serves no secret, database, source of the server, config or lockfile', () => {
  const stateHome = tempDir('wmebv-state-');
  const dataDir = path.join(stateHome, 'wmebv-forms', 'demo');
  // A data folder left in the repository by an older version must not be served either.
  const legacyDir = path.join(ROOT, '.data');
  const plantedLegacy = !existsSync(legacyDir);
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;

  before(async () => {
    if (plantedLegacy) {
      mkdirSync(legacyDir);
      writeFileSync(path.join(legacyDir, 'receipt-signing-key.dev.json'), '{"kty":"OKP","d":"planted"}');
      writeFileSync(path.join(legacyDir, 'wmebv.sqlite'), 'SQLite format 3\0');
    }
    demo = await startDemo({ XDG_STATE_HOME: stateHome, WMEBV_DATA_DIR: '' });
  });
  after(async () => {
    await demo?.stop();
    if (plantedLegacy) rmSync(legacyDir, { recursive: true, force: true });
  });

  it('keeps its data folder under the state directory, outside the served folder', async () => {
    const response = await submit(demo.url);
    assert.equal(response.status, 201, response.body.toString());
    assert.ok(existsSync(path.join(dataDir, 'receipt-signing-key.dev.json')), 'the development key is in the state directory');
    assert.ok(existsSync(path.join(dataDir, 'wmebv.sqlite-wal')), 'the WAL is in the state directory');
    assert.match(demo.output(), new RegExp(`data folder: ${dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('answers every attack path without the secret', async () => {
    const outbox = path.join(dataDir, 'outbox');
    const deadline = Date.now() + 30_000;
    while (!(existsSync(outbox) && readdirSync(outbox).length > 0)) {
      if (Date.now() > deadline) assert.fail('waited 30 s for the receipt e-mail in the outbox');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mailFile = readdirSync(outbox)[0];
    for (const rawPath of attackPaths(dataDir, mailFile)) {
      const { status, body } = await request(demo.url, rawPath);
      assert.ok(status >= 400, `GET ${rawPath} answered ${status}`);
      assert.ok(!leaks(body), `GET ${rawPath} gave a secret away`);
    }
  });

  it('still serves what the page needs', async () => {
    for (const rawPath of [
      '/',
      '/demo/main.ts',
      '/packages/components/src/index.ts',
      '/@vite/client',
      '/api/forms/bezwaarschrift',
      '/outages.json',
    ]) {
      const { status } = await request(demo.url, rawPath);
      assert.equal(status, 200, `GET ${rawPath}`);
    }
  });
});

describe('the demo refuses a data folder inside the served folder', () => {
  it('stops with a message naming the folder', async () => {
    const demoRun = startDemo({ WMEBV_DATA_DIR: path.join(ROOT, '.data-inside') });
    await assert.rejects(demoRun, /inside the served folder/);
    rmSync(path.join(ROOT, '.data-inside'), { recursive: true, force: true });
  });
});

describe('wmebv-server keeps its data under the state directory and serves nothing else', () => {
  const stateHome = tempDir('wmebv-state-');
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer([], { XDG_STATE_HOME: stateHome, WMEBV_DATA_DIR: '' });
  });
  after(() => server?.stop());

  it('defaults its data folder to $XDG_STATE_HOME/wmebv-forms', async () => {
    const dataDir = path.join(stateHome, 'wmebv-forms');
    assert.equal((await submit(server.url)).status, 201);
    assert.ok(existsSync(path.join(dataDir, 'wmebv.sqlite')));
    for (const rawPath of attackPaths(dataDir, 'x.eml')) {
      const { status, body } = await request(server.url, rawPath);
      assert.ok(status >= 400, `GET ${rawPath} answered ${status}`);
      assert.ok(!leaks(body), `GET ${rawPath} gave a secret away`);
    }
  });

  it("the operator's commands default to the same data folder (issue 12 item 2)", async () => {
    const env = { ...process.env, XDG_STATE_HOME: stateHome, WMEBV_DATA_DIR: '' };
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'packages/server/dist/start.js'), 'verify-log'], { env });
    assert.match(stdout, /^Intact: [1-9]\d* entries/, 'verify-log without --data reads the database the server wrote');
  });
});
