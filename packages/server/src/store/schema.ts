import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/** The SQLite file inside the data folder. */
export const DATABASE_FILE = 'wmebv.sqlite';

/**
 * The schema, one migration per entry, applied in order and recorded in `PRAGMA user_version`.
 * Never edit a released migration: add a new one.
 *
 * - `definitions`: every definition text ever served, so old submissions stay interpretable.
 * - `submissions`: what was received (the normalised envelope as stored) and the receipt given for
 *   it (Awb 2:17 lid 1, 2:25). `idempotency_key` is unique: one submission per key.
 * - `attachments`: the bytes of each file, with the size and SHA-256 the server computed.
 * - `receipt_keys`: the public part of every key that ever signed a receipt, so that
 *   `GET /api/receipt-key` keeps publishing it after the key is replaced.
 */
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE definitions (
    digest        TEXT PRIMARY KEY,           -- SHA-256 (hex) of json
    form_id       TEXT NOT NULL,
    version       TEXT NOT NULL,
    json          TEXT NOT NULL,
    first_seen_at TEXT NOT NULL               -- ISO 8601, server clock
  );
  CREATE INDEX definitions_form_version ON definitions (form_id, version);

  CREATE TABLE submissions (
    reference          TEXT PRIMARY KEY,      -- e.g. BZW-7KX2-QD4M
    form_id            TEXT NOT NULL,
    form_version       TEXT NOT NULL,
    definition_digest  TEXT NOT NULL REFERENCES definitions (digest),
    received_at        TEXT NOT NULL,         -- ISO 8601 with offset, Europe/Amsterdam (Awb 2:20)
    envelope_json      TEXT NOT NULL,         -- the normalised envelope the digest covers
    receipt_json       TEXT NOT NULL,
    digest             TEXT NOT NULL,         -- SHA-256 (hex) over the RFC 8785 canonical envelope
    idempotency_key    TEXT UNIQUE,
    request_digest     TEXT                   -- SHA-256 of the envelope as sent, to recognise a retry
  );

  CREATE TABLE attachments (
    submission_reference TEXT NOT NULL REFERENCES submissions (reference),
    attachment_id        TEXT NOT NULL,
    field_id             TEXT NOT NULL,
    name                 TEXT NOT NULL,
    type                 TEXT NOT NULL,
    size                 INTEGER NOT NULL,    -- bytes, as counted by the server
    sha256               TEXT NOT NULL,       -- hex, as computed by the server
    bytes                BLOB NOT NULL,
    PRIMARY KEY (submission_reference, attachment_id)
  );
  `,
  `
  CREATE TABLE receipt_keys (
    kid            TEXT PRIMARY KEY,          -- the receipts' "kid"
    jwk            TEXT NOT NULL,             -- the public key as a JWK (never the private part)
    first_used_at  TEXT NOT NULL              -- ISO 8601, server clock
  );
  `,
];

/**
 * Opens (creating when needed, folders included) the SQLite database in `dataDir`, in WAL mode
 * with foreign keys on, and brings its schema up to date.
 */
export function openDatabase(dataDir: string): Database.Database {
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATABASE_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Another process (a second server on the same file) may hold the write lock briefly.
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Database.Database): void {
  db.transaction(() => {
    // Read inside the (immediate, so write-locked) transaction: two processes never both migrate.
    const applied = db.pragma('user_version', { simple: true }) as number;
    MIGRATIONS.slice(applied).forEach((sql, index) => {
      db.exec(sql);
      db.pragma(`user_version = ${applied + index + 1}`);
    });
  }).immediate();
}
