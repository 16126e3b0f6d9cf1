import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrationSql } from '../migrations.js';

/** The SQLite file inside the data folder. */
export const DATABASE_FILE = 'wmebv.sqlite';

/**
 * How long (ms) one SQLite call may wait for a lock held by another connection before it gives
 * the event loop back. The store then retries asynchronously with back-off (`busy-retry.ts`), so
 * no database call holds the event loop for more than about this long (issue 12 item 5: <= 50 ms).
 */
export const SQLITE_BUSY_TIMEOUT_MS = 20;

/**
 * Opens (creating when needed, folders included) the SQLite database in `dataDir` and brings its
 * schema up to date (`../migrations.ts`).
 *
 * Durability (issue 12 item 2): WAL with `synchronous = FULL`, so a commit is on disk (the WAL is
 * fsynced) before the call returns and so before any receipt is sent; better-sqlite3's default for
 * WAL, NORMAL, can lose the last commits on power loss while their 201 receipts are out.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  // Start-up may meet another process's write: wait longer here, before the server takes requests.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  migrate(db);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
  return db;
}

/**
 * Applies the missing migrations, each in one immediate (write-locked) transaction, so that two
 * processes never both migrate. Foreign keys are off meanwhile (a table rebuild needs that; the
 * pragma cannot change inside a transaction) and checked before each commit.
 */
function migrate(db: Database.Database): void {
  db.pragma('foreign_keys = OFF');
  for (;;) {
    const more = db
      .transaction(() => {
        const applied = db.pragma('user_version', { simple: true }) as number;
        const next = MIGRATIONS[applied];
        if (!next) return false;
        db.exec(migrationSql(next, 'sqlite'));
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${applied + 1} (${next.name}) broke ${broken.length} foreign keys.`);
        db.pragma(`user_version = ${applied + 1}`);
        return true;
      })
      .immediate();
    if (!more) return;
  }
}
