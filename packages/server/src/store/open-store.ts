import { SqliteStore } from './sqlite/sqlite-store.js';
import type { SubmissionStore } from './submission-store.js';

/** Where the store lives: the SQLite file in `dataDir`, or PostgreSQL at `databaseUrl` when given. */
export interface StoreLocation {
  dataDir: string;
  databaseUrl?: string | undefined;
}

/**
 * Opens the configured store and applies its migrations.
 *
 * @throws Error when the database cannot be opened or migrated
 */
export async function openStore(location: StoreLocation): Promise<SubmissionStore> {
  if (location.databaseUrl) throw new Error('PostgreSQL (databaseUrl) is not available yet.');
  return new SqliteStore(location.dataDir);
}
