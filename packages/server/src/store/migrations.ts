/**
 * The schema, one versioned migration per entry, shared by both backends: a migration is one SQL
 * text, or one per dialect where SQLite and PostgreSQL differ. Each backend applies the missing ones
 * in order, each inside one transaction, and records the version (SQLite: `PRAGMA user_version`;
 * PostgreSQL: the `schema_migrations` table). Never edit a released migration: add a new one.
 *
 * - `definitions`: every definition text ever served, so old submissions stay interpretable.
 * - `submissions`: what was received (the normalised envelope as stored) and the receipt given for
 *   it (Awb 2:17 lid 1, 2:25). One submission per form and idempotency key (from migration 3).
 * - `attachments`: files stored as BLOBs by migrations 1 and 2 (no longer written; the server
 *   moves them to the file storage at start, `files/legacy-files.ts`).
 * - `attachment_files`: from migration 3, each file's metadata, size and SHA-256 as computed by the
 *   server, and its key in the file storage; the bytes are never in the database.
 * - `proof_log`, `log_heads` (from migration 4): the hash-chained proof log and its signed heads
 *   (`../proof-log/`).
 * - `submissions.taken_over_at`, `taken_over_by`, `erased_at` (from migration 5): the operator's side
 *   (`archive.ts`); an erased submission keeps its reference, times and digests, not its answers.
 * - `attachment_files.scan` (from migration 6): the malware scan's result per file (`../scan/`).
 * - `rate_limits` (from migration 7): rate-limit counters shared by processes on PostgreSQL.
 * - `receipt_keys`: the public part of every key that ever signed a receipt, so that
 *   `GET /api/receipt-key` keeps publishing it after the key is replaced.
 */
export interface Migration {
  name: string;
  sql: string | { sqlite: string; postgres: string };
}

const initialSchema = (blob: string): string => `
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
    bytes                ${blob} NOT NULL,
    PRIMARY KEY (submission_reference, attachment_id)
  );
`;

const submissionColumns =
  'reference, form_id, form_version, definition_digest, received_at, envelope_json, receipt_json, digest, idempotency_key, request_digest';

const attachmentFiles = `
  CREATE TABLE attachment_files (
    submission_reference TEXT NOT NULL REFERENCES submissions (reference),
    attachment_id        TEXT NOT NULL,
    field_id             TEXT NOT NULL,
    name                 TEXT NOT NULL,
    type                 TEXT NOT NULL,
    size                 BIGINT NOT NULL,     -- bytes, as counted by the server
    sha256               TEXT NOT NULL,       -- hex, as computed by the server
    storage_key          TEXT NOT NULL UNIQUE, -- where the bytes are in the file storage
    PRIMARY KEY (submission_reference, attachment_id)
  );
`;

const proofLog = (integer: string): string => `
  CREATE TABLE proof_log (
    seq          ${integer} PRIMARY KEY,      -- 1, 2, 3 …: one chain per database
    kind         TEXT NOT NULL,               -- submission, receipt, receipt-mail, outage-notices
    reference    TEXT,                        -- the submission it concerns, if any
    payload_json TEXT NOT NULL,               -- ids and digests only, never answers
    recorded_at  TEXT NOT NULL,               -- ISO 8601 with offset, server clock
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
  );
  CREATE INDEX proof_log_reference ON proof_log (reference);
  CREATE TABLE log_heads (
    seq         ${integer} PRIMARY KEY,       -- the head's entry
    head_json   TEXT NOT NULL                 -- the signed log-head payload
  );
`;

export const MIGRATIONS: readonly Migration[] = [
  { name: 'initial schema', sql: { sqlite: initialSchema('BLOB'), postgres: initialSchema('BYTEA') } },
  {
    name: 'receipt keys',
    sql: `
      CREATE TABLE receipt_keys (
        kid            TEXT PRIMARY KEY,          -- the receipts' "kid"
        jwk            TEXT NOT NULL,             -- the public key as a JWK (never the private part)
        first_used_at  TEXT NOT NULL              -- ISO 8601, server clock
      );
    `,
  },
  {
    name: 'idempotency keys per form; files outside the database',
    sql: {
      // SQLite cannot drop a constraint: rebuild the table (runs with foreign keys off, checked after).
      sqlite: `
        CREATE TABLE submissions_new (
          reference          TEXT PRIMARY KEY,
          form_id            TEXT NOT NULL,
          form_version       TEXT NOT NULL,
          definition_digest  TEXT NOT NULL REFERENCES definitions (digest),
          received_at        TEXT NOT NULL,
          envelope_json      TEXT NOT NULL,
          receipt_json       TEXT NOT NULL,
          digest             TEXT NOT NULL,
          idempotency_key    TEXT,
          request_digest     TEXT,
          UNIQUE (form_id, idempotency_key)
        );
        INSERT INTO submissions_new (${submissionColumns}) SELECT ${submissionColumns} FROM submissions;
        DROP TABLE submissions;
        ALTER TABLE submissions_new RENAME TO submissions;
        ${attachmentFiles}
      `,
      postgres: `
        ALTER TABLE submissions DROP CONSTRAINT submissions_idempotency_key_key;
        ALTER TABLE submissions ADD CONSTRAINT submissions_form_idempotency_key UNIQUE (form_id, idempotency_key);
        ${attachmentFiles}
      `,
    },
  },
  { name: 'proof log', sql: { sqlite: proofLog('INTEGER'), postgres: proofLog('BIGINT') } },
  {
    // The operator's side: when the back office took a submission over (and with which token), and
    // when its answers were deleted after the retention period (the digests stay).
    name: 'taken over and erased',
    sql: `
      ALTER TABLE submissions ADD COLUMN taken_over_at TEXT;   -- ISO 8601 with offset, server clock
      ALTER TABLE submissions ADD COLUMN taken_over_by TEXT;   -- the operator token's name
      ALTER TABLE submissions ADD COLUMN erased_at TEXT;       -- answers and files deleted (retention)
    `,
  },
  {
    // NULL: no scanner configured; 'clean'; 'unavailable': stored unscanned under accept-and-flag.
    name: 'malware scan result per file',
    sql: 'ALTER TABLE attachment_files ADD COLUMN scan TEXT;',
  },
  {
    // Rate-limit counters shared by several processes on PostgreSQL (../limits/postgres-counters.ts),
    // in rate-limiter-flexible's shape; keys are SHA-256 digests. SQLite (one process) keeps them in memory.
    name: 'rate limit counters',
    sql: {
      sqlite: 'CREATE TABLE rate_limits (key TEXT PRIMARY KEY, points INTEGER NOT NULL DEFAULT 0, expire INTEGER);',
      postgres: 'CREATE TABLE rate_limits (key varchar(255) PRIMARY KEY, points integer NOT NULL DEFAULT 0, expire bigint);',
    },
  },
];

/** The SQL of a migration for one dialect. */
export function migrationSql(migration: Migration, dialect: 'sqlite' | 'postgres'): string {
  return typeof migration.sql === 'string' ? migration.sql : migration.sql[dialect];
}
