// @ts-check
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NO_CLIENT_LIMITS } from './envelopes.mjs';
import { suiteDatabaseUrl } from './test-database.mjs';

/**
 * @typedef {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse,
 *   next?: (err?: unknown) => void) => Promise<void>} IntakeHandler
 */

/** Parsed JSON of every `*.json` file directly in each existing folder. */
export function readDefinitions(/** @type {string[]} */ dirs) {
  /** @type {unknown[]} */
  const definitions = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort();
    } catch (e) {
      if (/** @type {NodeJS.ErrnoException} */ (e).code === 'ENOENT') continue;
      throw e;
    }
    for (const name of names) {
      const file = path.join(dir, name);
      try {
        definitions.push(JSON.parse(readFileSync(file, 'utf8')));
      } catch (e) {
        throw new Error(`Cannot read form definition ${path.relative(process.cwd(), file)}: ${/** @type {Error} */ (e).message}`);
      }
    }
  }
  return definitions;
}

/**
 * Koa middleware for @web/test-runner that hands `/api/…` requests to the intake handler of
 * `@wmebv/server` (its built `dist`), with a fresh temporary data folder per run and the form
 * definitions from `demo/forms` and `test/fixtures/forms`. When the server is not built yet, it
 * warns once and `/api/…` requests get the dev server's 404.
 *
 * @param {{ rootDir: string, importServer?: () => Promise<any>, log?: (msg: string) => void }} options
 * @returns {Promise<import('koa').Middleware>}
 */
export async function intakeMiddleware({ rootDir, importServer = () => import('@wmebv/server'), log = (m) => console.warn(m) }) {
  /** @type {IntakeHandler | undefined} */
  let handler;
  try {
    const server = await importServer();
    if (typeof server.createIntakeHandler !== 'function') {
      log('[wtr] @wmebv/server has no createIntakeHandler export; /api/ is not served.');
    } else {
      const dataDir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-wtr-'));
      if (!process.env.WMEBV_KEEP_TEST_DATA) {
        process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
      } else {
        log(`[wtr] intake data folder: ${dataDir}`);
      }
      const definitions = readDefinitions([path.join(rootDir, 'demo/forms'), path.join(rootDir, 'test/fixtures/forms')]);
      const databaseUrl = await suiteDatabaseUrl('wtr');
      if (databaseUrl) log(`[wtr] intake database: PostgreSQL ${new URL(databaseUrl).pathname.slice(1)}`);
      // Every browser test posts from 127.0.0.1: the per-client limit (issue 12 item 3) has its own process tests.
      handler = await server.createIntakeHandler({ dataDir, databaseUrl, definitions, logger: server.silentLogger, limits: NO_CLIENT_LIMITS });
      await handler?.ready;
    }
  } catch (e) {
    const err = /** @type {NodeJS.ErrnoException} */ (e);
    if (err.code === 'ERR_MODULE_NOT_FOUND' && /Cannot find (module|package) '[^']*(@wmebv\/server|server\/dist\/index\.js)'/.test(err.message)) {
      log('[wtr] @wmebv/server is not built (packages/server/dist); /api/ is not served.');
    } else {
      log(`[wtr] @wmebv/server failed to load; /api/ is not served:\n${err.stack ?? err}`);
    }
  }

  return async (ctx, next) => {
    if (!handler || !(ctx.path === '/api' || ctx.path.startsWith('/api/'))) return next();
    ctx.respond = false; // the handler writes to the raw Node response
    let passed = false;
    /** @type {unknown} */
    let passedError;
    try {
      await handler(ctx.req, ctx.res, (err) => {
        passed = true;
        passedError = err;
      });
    } catch (e) {
      passed = true;
      passedError = e;
    }
    if (!passed) return;
    if (ctx.res.headersSent || ctx.res.writableEnded) {
      if (passedError) console.error('[wtr] intake handler error after responding:', passedError);
      return;
    }
    ctx.respond = true;
    if (passedError) throw passedError; // Koa answers 500 and logs it
    return next();
  };
}
