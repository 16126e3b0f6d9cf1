// @ts-check
// PostgreSQL for the process tests: `.ci/run` starts a throwaway cluster and sets
// WMEBV_TEST_POSTGRES_URL; without it, tests that need PostgreSQL are skipped (with that reason).
export { freshPostgresDatabase, postgresClusterUrl } from '../../support/test-database.mjs';
import { postgresClusterUrl } from '../../support/test-database.mjs';

/** `{ skip }` for `describe` when no PostgreSQL cluster was started. */
export const needsPostgres = () => ({ skip: postgresClusterUrl() ? false : 'no PostgreSQL: set WMEBV_TEST_POSTGRES_URL (.ci/run starts one)' });
