import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { SubmissionStore } from './submission-store.js';

/** Where the store lives: the SQLite file in `dataDir`, or PostgreSQL at `databaseUrl` when given. */
export interface StoreLocation {
  dataDir: string;
  /** `postgres://user:password@host:5432/database` (also `postgresql://`). */
  databaseUrl?: string | undefined;
}

/**
 * Opens the configured store and applies its migrations.
 *
 * @throws Error when the URL is not a PostgreSQL URL, or the database cannot be opened or migrated
 */
export async function openStore(location: StoreLocation): Promise<SubmissionStore> {
  const { databaseUrl } = location;
  if (!databaseUrl) return new SqliteStore(location.dataDir);
  if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a PostgreSQL URL: postgres://user:password@host:5432/database');
  }
  return PostgresStore.open(databaseUrl);
}
