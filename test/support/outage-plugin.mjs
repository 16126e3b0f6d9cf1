// @ts-check
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { readDefinitions } from './intake-middleware.mjs';
import { NO_CLIENT_LIMITS } from './envelopes.mjs';

/**
 * `wmebv-outage-server`: a real intake server of `@wmebv/server` (its built dist) on its own port
 * that tests can stop and start again, for the outage tests (issue 6, Awb 2:21):
 *
 *   executeServerCommand('wmebv-outage-server', { action: 'start' })   → { url }
 *   … { action: 'start', submissionsPerClient: 1 }   (re)starts it with that per-client limit (429 after it)
 *   … { action: 'stop' }      the server closes its port and its database: a real network failure
 *   … { action: 'notices', document }   writes the notices file the server reads (`outages` option)
 *   … { action: 'submissions' }  → { count, envelopes } stored so far (read from its SQLite file)
 *
 * A restart reuses the port and the data folder, as a restarted production server would. The
 * server adds CORS headers (test pages are on the test runner's origin) and serves the notices
 * file at `/outages.json`, as a municipality's status page would.
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function outageTestPlugin({ rootDir }) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-outage-'));
  const noticesFile = path.join(dataDir, 'outages.json');
  writeFileSync(noticesFile, JSON.stringify({ notices: [] }));
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  /** @type {{ http: import('node:http').Server, handler: any } | undefined} */
  let running;
  let port = 0;
  let perClient = 1_000_000;

  async function start(submissionsPerClient = 1_000_000) {
    if (running && submissionsPerClient === perClient) return;
    await stop();
    perClient = submissionsPerClient;
    const { createIntakeHandler, silentLogger } = await import('@wmebv/server');
    const handler = createIntakeHandler({
      dataDir,
      definitions: readDefinitions([path.join(rootDir, 'demo/forms'), path.join(rootDir, 'test/fixtures/forms')]),
      logger: silentLogger,
      limits: { ...NO_CLIENT_LIMITS, submissionsPerClient: perClient },
      outages: noticesFile,
      // Test pages live on the test runner's origin, not this server's.
      allowedOrigins: '*',
    });
    await handler.ready;
    const http = createServer((req, res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Access-Control-Allow-Headers', 'content-type, idempotency-key, accept');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Expose-Headers', 'Date, Retry-After');
      if (req.method === 'OPTIONS') return void res.writeHead(204).end();
      if (req.url === '/outages.json') {
        import('node:fs').then(({ readFileSync }) => {
          res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(readFileSync(noticesFile));
        });
        return;
      }
      void handler(req, res);
    });
    await new Promise((resolve, reject) => {
      http.once('error', reject);
      http.listen(port, '127.0.0.1', () => resolve(undefined));
    });
    http.unref();
    port = /** @type {import('node:net').AddressInfo} */ (http.address()).port;
    running = { http, handler };
  }

  async function stop() {
    if (!running) return;
    const { http, handler } = running;
    running = undefined;
    await new Promise((resolve) => {
      http.close(() => resolve(undefined));
      http.closeAllConnections();
    });
    await handler.close();
  }

  function submissions() {
    const require = createRequire(path.join(rootDir, 'packages/server/package.json'));
    const Database = require('better-sqlite3');
    const db = new Database(path.join(dataDir, 'wmebv.sqlite'), { readonly: true, fileMustExist: true });
    try {
      const rows = db.prepare('SELECT * FROM submissions ORDER BY received_at').all();
      const envelopes = rows.map((/** @type {any} */ row) => JSON.parse(row.envelope ?? row.envelope_json ?? 'null'));
      return { count: rows.length, envelopes };
    } finally {
      db.close();
    }
  }

  return {
    name: 'wmebv-outage-server',
    async executeCommand({ command, payload }) {
      if (command !== 'wmebv-outage-server') return undefined;
      const { action, document, submissionsPerClient } = /** @type {any} */ (payload ?? {});
      if (action === 'start') {
        await start(submissionsPerClient);
        return { url: `http://127.0.0.1:${port}` };
      }
      if (action === 'stop') {
        await stop();
        return { stopped: true };
      }
      if (action === 'notices') {
        writeFileSync(noticesFile, JSON.stringify(document ?? { notices: [] }, null, 2));
        return { written: true };
      }
      if (action === 'submissions') return submissions();
      throw new Error(`wmebv-outage-server: unknown action ${action}`);
    },
  };
}
