// @ts-check
// The intake handler of the built @wmebv/server on a real HTTP server in this process (loopback, a
// free port), for tests that move the server's clock rather than wait (retention, the order of
// submissions around a DST change) or that call the handler's own methods. Everything below the
// clock is real: HTTP, the database (SQLite or PostgreSQL), the file storage.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { freshPostgresDatabase } from './postgres.mjs';
import { ROOT, tempDir } from './processes.mjs';

/** The built server package (packages/server/dist). */
export const serverPackage = await import(path.join(ROOT, 'packages/server/dist/index.js'));

/** A fresh operator token (the form `wmebv-server token` makes). */
export const newOperatorToken = () => `wmebv_${randomBytes(32).toString('base64url')}`;

/**
 * Starts the handler for the demo form `bezwaarschrift`, with one organisation ("voorbeeld") whose
 * operator holds `operatorToken` (retention after `retentionDays`).
 *
 * @param {{ backend?: 'sqlite' | 'postgres', name: string, start: string | Date, operatorToken?: string, retentionDays?: number, options?: Record<string, unknown> }} setup
 *   `name` names the data folder and database; `start` is the clock's first time; `options` go to `createIntakeHandler` as well
 */
export async function startInProcess({ backend = 'sqlite', name, start, operatorToken = newOperatorToken(), retentionDays = 30, options = {} }) {
  let now = new Date(start);
  const dataDir = tempDir(`wmebv-${name}-`);
  const handler = serverPackage.createIntakeHandler({
    dataDir,
    databaseUrl: backend === 'postgres' ? await freshPostgresDatabase(name.replaceAll('-', '_')) : undefined,
    definitions: [JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'))],
    now: () => now,
    logger: serverPackage.silentLogger,
    organisations: new serverPackage.OrganisationDirectory([
      {
        id: 'voorbeeld',
        name: 'Gemeente Voorbeeld',
        forms: ['bezwaarschrift'],
        retentionDays,
        tokens: [{ name: 'zaaksysteem', sha256: createHash('sha256').update(operatorToken).digest('hex') }],
      },
    ]),
    ...options,
  });
  await handler.ready;
  const http = createServer((req, res) => void handler(req, res));
  await new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(undefined)));
  return {
    url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (http.address()).port}`,
    handler,
    dataDir,
    operatorToken,
    clock: {
      get now() {
        return now;
      },
      /** Sets the server's clock. */
      set(/** @type {string | Date} */ at) {
        now = new Date(at);
      },
      /** Moves the server's clock on by `ms`. */
      advance(/** @type {number} */ ms) {
        now = new Date(now.getTime() + ms);
      },
    },
    async stop() {
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
      await handler.close();
    },
  };
}
