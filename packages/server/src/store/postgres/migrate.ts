import type pg from 'pg';
import { MIGRATIONS, migrationSql } from '../migrations.js';

/** The advisory lock key (any constant) that serialises migrations between processes. */
const MIGRATION_LOCK = 0x776d6562; // "wmeb"

/**
 * Applies the missing migrations (`../migrations.ts`), each in its own transaction under a
 * transaction-scoped advisory lock, so that processes starting together never both migrate; the
 * versions applied are recorded in `schema_migrations`.
 *
 * @returns the schema version after migrating
 */
export async function migrate(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    for (;;) {
      await client.query('BEGIN');
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        // Under the lock: two processes creating it at once would collide.
        await client.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
        );
        const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
        const applied = rows[0]?.version ?? 0;
        const next = MIGRATIONS[applied];
        if (!next) {
          await client.query('COMMIT');
          return applied;
        }
        await client.query(migrationSql(next, 'postgres'));
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [applied + 1, next.name]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
  } finally {
    client.release();
  }
}
