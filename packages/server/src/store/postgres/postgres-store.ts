import type { Receipt, ReceiptPublicKey } from '@wmebv/core';
import pg from 'pg';
import type { FormVersion } from '../../definitions/registry.js';
import {
  IdempotencyKeyTaken,
  REFERENCE_ATTEMPTS,
  StoreBusy,
  submissionLogPayloads,
  toNewSubmission,
  type KeyedSubmission,
  type NewSubmission,
  type SubmissionDraft,
  type SubmissionStore,
} from '../submission-store.js';
import { nextEntry, type LogEntry, type LogKind } from '../../proof-log/entry.js';
import type { LogHead } from '../../proof-log/head.js';
import { LOG_COLUMNS, logEntryFromRow, logEntryRow, type LogRow } from '../rows.js';
import { migrate } from './migrate.js';
import { PostgresArchive } from './postgres-archive.js';

/**
 * How long (ms) a request waits for a pooled connection or a row lock before it gets `StoreBusy`
 * (503 with `Retry-After`) instead of queueing without bound.
 */
export const POSTGRES_WAIT_MS = 2000;

/** Connections per process; several processes share one database (mind its `max_connections`). */
const POOL_SIZE = 10;

/** PostgreSQL's SQLSTATE for a unique violation and for a lock wait that timed out. */
const UNIQUE_VIOLATION = '23505';
const LOCK_NOT_AVAILABLE = '55P03';

/** The advisory lock key (any constant) that serialises proof-log appends across processes. */
const PROOF_LOG_LOCK = 0x776d6c67; // "wmlg"

/**
 * The PostgreSQL implementation of `SubmissionStore` (`DATABASE_URL`), for several server processes
 * on one database: references and idempotency keys are unique by constraint, so two processes never
 * store the same reference or two submissions for one key.
 */
export class PostgresStore implements SubmissionStore {
  readonly backend = 'postgres';
  readonly #pool: pg.Pool;
  readonly archive: PostgresArchive;

  private constructor(pool: pg.Pool) {
    this.#pool = pool;
    this.archive = new PostgresArchive(
      (sql, values) => this.#query(sql, values),
      (work) => this.#transaction(work),
    );
  }

  /**
   * Connects to `url` and applies the missing migrations.
   *
   * @throws Error when the database cannot be reached or migrated
   */
  static async open(url: string): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: POOL_SIZE,
      connectionTimeoutMillis: POSTGRES_WAIT_MS,
      // Every connection: row-lock waits are bounded, and commits are durable (the server default).
      options: `-c lock_timeout=${POSTGRES_WAIT_MS} -c synchronous_commit=on`,
    });
    // An idle connection that breaks (database restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end();
      throw error;
    }
    return new PostgresStore(pool);
  }

  async saveDefinition(form: FormVersion, seenAt: string): Promise<{ changedWithoutNewVersion: boolean }> {
    const { id, version } = form.definition;
    return this.#transaction(async (client) => {
      const known = await client.query('SELECT 1 FROM definitions WHERE digest = $1', [form.digest]);
      if (known.rowCount) return { changedWithoutNewVersion: false };
      const earlier = await client.query('SELECT 1 FROM definitions WHERE form_id = $1 AND version = $2', [id, version]);
      await client.query(
        'INSERT INTO definitions (digest, form_id, version, json, first_seen_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (digest) DO NOTHING',
        [form.digest, id, version, form.json, seenAt],
      );
      return { changedWithoutNewVersion: (earlier.rowCount ?? 0) > 0 };
    });
  }

  async saveReceiptKey(key: ReceiptPublicKey, firstUsedAt: string): Promise<void> {
    await this.#query('INSERT INTO receipt_keys (kid, jwk, first_used_at) VALUES ($1, $2, $3) ON CONFLICT (kid) DO NOTHING', [
      key.kid,
      JSON.stringify(key),
      firstUsedAt,
    ]);
  }

  async receiptKeys(): Promise<ReceiptPublicKey[]> {
    const { rows } = await this.#query<{ jwk: string }>('SELECT jwk FROM receipt_keys ORDER BY first_used_at, kid');
    return rows.map((row) => JSON.parse(row.jwk) as ReceiptPublicKey);
  }

  async findByIdempotencyKey(formId: string, key: string): Promise<KeyedSubmission | undefined> {
    const { rows } = await this.#query<{ request_digest: string; receipt_json: string }>(
      'SELECT request_digest, receipt_json FROM submissions WHERE form_id = $1 AND idempotency_key = $2',
      [formId, key],
    );
    const row = rows[0];
    return row && { requestDigest: row.request_digest, receipt: JSON.parse(row.receipt_json) as Receipt };
  }

  async insertSubmission(newReference: () => string, build: (reference: string) => SubmissionDraft): Promise<NewSubmission> {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = newReference();
      try {
        return await this.#transaction(async (client) => {
          const draft = build(reference);
          const payloads = submissionLogPayloads(draft);
          const entry = await append(client, 'submission', reference, payloads.submission, draft.receivedAt);
          const receipt = draft.sign({ seq: entry.seq, hash: entry.hash });
          await append(client, 'receipt', reference, payloads.receipt(receipt), draft.receivedAt);
          await client.query(
            `INSERT INTO submissions (reference, form_id, form_version, definition_digest, received_at, envelope_json,
               receipt_json, digest, idempotency_key, request_digest)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
            [
              reference,
              draft.formVersion.definition.id,
              draft.formVersion.definition.version,
              draft.formVersion.digest,
              draft.receivedAt,
              JSON.stringify(draft.envelope),
              JSON.stringify(receipt),
              receipt.digest.value,
              draft.idempotencyKey ?? null,
              draft.requestDigest,
            ],
          );
          for (const file of draft.files) {
            await client.query(
              `INSERT INTO attachment_files (submission_reference, attachment_id, field_id, name, type, size, sha256, storage_key, scan)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
              [reference, file.id, file.field, file.name, file.type, file.size, file.sha256, file.storageKey, file.scan ?? null],
            );
          }
          return toNewSubmission(draft, receipt);
        });
      } catch (error) {
        const { code, constraint } = error as { code?: string; constraint?: string };
        if (code !== UNIQUE_VIOLATION) throw error;
        if (constraint === 'submissions_form_idempotency_key') throw new IdempotencyKeyTaken();
        // The reference was drawn by another request meanwhile: draw again.
        if (constraint !== 'submissions_pkey') throw error;
      }
    }
    throw new Error(`No free reference after ${REFERENCE_ATTEMPTS} attempts.`);
  }

  appendLog(kind: LogKind, reference: string | null, payload: Record<string, unknown>, recordedAt: string): Promise<LogEntry> {
    return this.#transaction((client) => append(client, kind, reference, payload, recordedAt));
  }

  async logEntries(reference?: string): Promise<LogEntry[]> {
    const { rows } =
      reference === undefined
        ? await this.#query<LogRow>('SELECT * FROM proof_log ORDER BY seq')
        : await this.#query<LogRow>('SELECT * FROM proof_log WHERE reference = $1 ORDER BY seq', [reference]);
    return rows.map(logEntryFromRow);
  }

  async logRange(from: number, to: number): Promise<LogEntry[]> {
    const { rows } = await this.#query<LogRow>('SELECT * FROM proof_log WHERE seq BETWEEN $1 AND $2 ORDER BY seq', [from, to]);
    return rows.map(logEntryFromRow);
  }

  async logHeadCovering(seq: number): Promise<LogHead | undefined> {
    const { rows } = await this.#query<{ head_json: string }>('SELECT head_json FROM log_heads WHERE seq >= $1 ORDER BY seq LIMIT 1', [seq]);
    return rows[0] && (JSON.parse(rows[0].head_json) as LogHead);
  }

  async saveLogHead(head: LogHead): Promise<void> {
    await this.#query('INSERT INTO log_heads (seq, head_json) VALUES ($1, $2) ON CONFLICT (seq) DO NOTHING', [head.seq, JSON.stringify(head)]);
  }

  async latestLogHead(): Promise<LogHead | undefined> {
    const { rows } = await this.#query<{ head_json: string }>('SELECT head_json FROM log_heads ORDER BY seq DESC LIMIT 1');
    return rows[0] && (JSON.parse(rows[0].head_json) as LogHead);
  }

  async knownStorageKeys(keys: readonly string[]): Promise<Set<string>> {
    const { rows } = await this.#query<{ storage_key: string }>('SELECT storage_key FROM attachment_files WHERE storage_key = ANY($1)', [keys]);
    return new Set(rows.map((row) => row.storage_key));
  }

  async durability(): Promise<Record<string, string | number>> {
    const settings: Record<string, string> = {};
    for (const name of ['fsync', 'synchronous_commit', 'full_page_writes', 'lock_timeout']) {
      const { rows } = await this.#query<Record<string, string>>(`SHOW ${name}`);
      settings[name] = rows[0]?.[name] ?? '';
    }
    return settings;
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }

  /** One statement on a pooled connection; a pool or lock wait that runs out is `StoreBusy`. */
  async #query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return busyWhenWaiting(() => this.#pool.query<R>(sql, values));
  }

  /** Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  async #transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await busyWhenWaiting(() => this.#pool.connect());
    try {
      await client.query('BEGIN');
      const result = await busyWhenWaiting(() => work(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

/**
 * Appends one proof-log entry inside the caller's transaction. The transaction-scoped advisory lock
 * makes appends from every process on this database one chain; it is held until COMMIT.
 */
async function append(
  client: pg.PoolClient,
  kind: LogKind,
  reference: string | null,
  payload: Record<string, unknown>,
  recordedAt: string,
): Promise<LogEntry> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [PROOF_LOG_LOCK]);
  const { rows } = await client.query<{ seq: string; hash: string }>('SELECT seq, hash FROM proof_log ORDER BY seq DESC LIMIT 1');
  const last = rows[0] && { seq: Number(rows[0].seq), hash: rows[0].hash };
  const entry = nextEntry(last, kind, reference, payload, recordedAt);
  await client.query(`INSERT INTO proof_log (${LOG_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7)`, logEntryRow(entry));
  return entry;
}

/** Turns "no connection free in time" and "row lock not granted in time" into `StoreBusy`. */
async function busyWhenWaiting<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const { code, message } = error as { code?: string; message?: string };
    if (code === LOCK_NOT_AVAILABLE || /timeout exceeded when trying to connect/i.test(message ?? '')) throw new StoreBusy(POSTGRES_WAIT_MS);
    throw error;
  }
}
