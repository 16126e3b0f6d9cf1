// @ts-check
// PostgreSQL for tests: `.ci/run` starts a throwaway cluster on loopback and sets
// WMEBV_TEST_POSTGRES_URL (its superuser URL); `WMEBV_TEST_BACKEND=postgres` runs the server suite
// (packages/server/test: its intake and receipt servers) against it instead of SQLite.
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const serverPackage = fileURLToPath(new URL('../../packages/server/package.json', import.meta.url));

/** The throwaway cluster's URL, or undefined when none was started. */
export function postgresClusterUrl() {
  return process.env.WMEBV_TEST_POSTGRES_URL || undefined;
}

/** Whether the server suite runs against PostgreSQL (WMEBV_TEST_BACKEND=postgres). */
export function testsUsePostgres() {
  return process.env.WMEBV_TEST_BACKEND === 'postgres';
}

/**
 * Creates an empty database in the throwaway cluster and returns its URL.
 * @param {string} prefix part of its name, e.g. `wtr`
 * @throws Error when no cluster was started
 */
export async function freshPostgresDatabase(prefix) {
  const clusterUrl = postgresClusterUrl();
  if (!clusterUrl) throw new Error('WMEBV_TEST_POSTGRES_URL is not set: start a PostgreSQL cluster (see .ci/run).');
  const pg = createRequire(serverPackage)('pg');
  const name = `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 12)}`.toLowerCase();
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** For the server suite: a fresh PostgreSQL database when it runs against PostgreSQL, else undefined (SQLite). */
export async function suiteDatabaseUrl(/** @type {string} */ prefix) {
  return testsUsePostgres() ? freshPostgresDatabase(prefix) : undefined;
}
