import type { ReceiptPublicKey } from '@wmebv/core';
import type Database from 'better-sqlite3';
import type { FormVersion } from '../../definitions/registry.js';
import { retryWhileBusy } from '../busy-retry.js';
import {
  IdempotencyKeyTaken,
  REFERENCE_ATTEMPTS,
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
import { openDatabase } from './open.js';
import { SqliteArchive } from './sqlite-archive.js';
import { receiptFromRow, receiptKeyFromRow } from '../rows.js';

/** SQLite's "locked by another connection" errors: worth a later attempt. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/**
 * The SQLite implementation of `SubmissionStore`: one file in the data folder, no setup
 * (better-sqlite3, synchronous calls each bounded by `SQLITE_BUSY_TIMEOUT_MS`, retried
 * asynchronously while another process holds the write lock).
 */
export class SqliteStore implements SubmissionStore {
  readonly backend = 'sqlite';
  readonly #db: Database.Database;
  readonly #statements;
  readonly archive: SqliteArchive;

  /** Opens (and migrates) the database in `dataDir`. */
  constructor(dataDir: string) {
    const db = openDatabase(dataDir);
    this.#db = db;
    this.archive = new SqliteArchive(db, (call) => this.#run(call));
    this.#statements = {
      definitionByDigest: db.prepare<[string], { digest: string }>('SELECT digest FROM definitions WHERE digest = ?'),
      definitionVersionTexts: db.prepare<[string, string], { digest: string }>('SELECT digest FROM definitions WHERE form_id = ? AND version = ?'),
      insertDefinition: db.prepare('INSERT INTO definitions (digest, form_id, version, json, first_seen_at) VALUES (?, ?, ?, ?, ?)'),
      referenceTaken: db.prepare<[string], { reference: string }>('SELECT reference FROM submissions WHERE reference = ?'),
      byIdempotencyKey: db.prepare<[string, string], { request_digest: string; receipt_json: string }>(
        'SELECT request_digest, receipt_json FROM submissions WHERE form_id = ? AND idempotency_key = ?',
      ),
      insertSubmission: db.prepare(
        `INSERT INTO submissions (reference, form_id, form_version, definition_digest, received_at, envelope_json,
           receipt_json, digest, idempotency_key, request_digest)
         VALUES (@reference, @formId, @formVersion, @definitionDigest, @receivedAt, @envelopeJson,
           @receiptJson, @digest, @idempotencyKey, @requestDigest)`,
      ),
      insertReceiptKey: db.prepare('INSERT OR IGNORE INTO receipt_keys (kid, jwk, first_used_at) VALUES (?, ?, ?)'),
      receiptKeys: db.prepare<[], { jwk: string }>('SELECT jwk FROM receipt_keys ORDER BY first_used_at, kid'),
      storageKey: db.prepare<[string], { storage_key: string }>('SELECT storage_key FROM attachment_files WHERE storage_key = ?'),
      lastLog: db.prepare<[], { seq: number; hash: string }>('SELECT seq, hash FROM proof_log ORDER BY seq DESC LIMIT 1'),
      insertLog: db.prepare(`INSERT INTO proof_log (${LOG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      log: db.prepare<[], LogRow>('SELECT * FROM proof_log ORDER BY seq'),
      logFor: db.prepare<[string], LogRow>('SELECT * FROM proof_log WHERE reference = ? ORDER BY seq'),
      logRange: db.prepare<[number, number], LogRow>('SELECT * FROM proof_log WHERE seq BETWEEN ? AND ? ORDER BY seq'),
      headCovering: db.prepare<[number], { head_json: string }>('SELECT head_json FROM log_heads WHERE seq >= ? ORDER BY seq LIMIT 1'),
      insertHead: db.prepare('INSERT OR IGNORE INTO log_heads (seq, head_json) VALUES (?, ?)'),
      latestHead: db.prepare<[], { head_json: string }>('SELECT head_json FROM log_heads ORDER BY seq DESC LIMIT 1'),
      insertAttachment: db.prepare(
        `INSERT INTO attachment_files (submission_reference, attachment_id, field_id, name, type, size, sha256, storage_key, scan)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  saveDefinition(form: FormVersion, seenAt: string): Promise<{ changedWithoutNewVersion: boolean }> {
    const { id, version } = form.definition;
    return this.#run(() =>
      this.#db
        .transaction(() => {
          if (this.#statements.definitionByDigest.get(form.digest)) return { changedWithoutNewVersion: false };
          const earlier = this.#statements.definitionVersionTexts.all(id, version);
          this.#statements.insertDefinition.run(form.digest, id, version, form.json, seenAt);
          return { changedWithoutNewVersion: earlier.length > 0 };
        })
        .immediate(),
    );
  }

  async saveReceiptKey(key: ReceiptPublicKey, firstUsedAt: string): Promise<void> {
    await this.#run(() => this.#statements.insertReceiptKey.run(key.kid, JSON.stringify(key), firstUsedAt));
  }

  receiptKeys(): Promise<ReceiptPublicKey[]> {
    return this.#run(() => this.#statements.receiptKeys.all().map((row) => receiptKeyFromRow(row.jwk)));
  }

  findByIdempotencyKey(formId: string, key: string): Promise<KeyedSubmission | undefined> {
    return this.#run(() => {
      const row = this.#statements.byIdempotencyKey.get(formId, key);
      return row && { requestDigest: row.request_digest, receipt: receiptFromRow(row.receipt_json) };
    });
  }

  insertSubmission(newReference: () => string, build: (reference: string) => SubmissionDraft): Promise<NewSubmission> {
    return this.#run(() =>
      this.#db
        .transaction(() => {
          const reference = this.#freeReference(newReference);
          const draft = build(reference);
          const formId = draft.formVersion.definition.id;
          if (draft.idempotencyKey !== undefined && this.#statements.byIdempotencyKey.get(formId, draft.idempotencyKey)) {
            throw new IdempotencyKeyTaken();
          }
          // The write lock of this immediate transaction makes the log one chain.
          const payloads = submissionLogPayloads(draft);
          const entry = this.#append('submission', reference, payloads.submission, draft.receivedAt);
          const receipt = draft.sign({ seq: entry.seq, hash: entry.hash });
          this.#append('receipt', reference, payloads.receipt(receipt), draft.receivedAt);
          this.#statements.insertSubmission.run({
            reference,
            formId,
            formVersion: draft.formVersion.definition.version,
            definitionDigest: draft.formVersion.digest,
            receivedAt: draft.receivedAt,
            envelopeJson: JSON.stringify(draft.envelope),
            receiptJson: JSON.stringify(receipt),
            digest: receipt.digest.value,
            idempotencyKey: draft.idempotencyKey ?? null,
            requestDigest: draft.requestDigest,
          });
          for (const file of draft.files) {
            this.#statements.insertAttachment.run(
              reference,
              file.id,
              file.field,
              file.name,
              file.type,
              file.size,
              file.sha256,
              file.storageKey,
              file.scan ?? null,
            );
          }
          return toNewSubmission(draft, receipt);
        })
        .immediate(),
    );
  }

  appendLog(kind: LogKind, reference: string | null, payload: Record<string, unknown>, recordedAt: string): Promise<LogEntry> {
    return this.#run(() => this.#db.transaction(() => this.#append(kind, reference, payload, recordedAt)).immediate());
  }

  logEntries(reference?: string): Promise<LogEntry[]> {
    return this.#run(() => (reference === undefined ? this.#statements.log.all() : this.#statements.logFor.all(reference)).map(logEntryFromRow));
  }

  logRange(from: number, to: number): Promise<LogEntry[]> {
    return this.#run(() => this.#statements.logRange.all(from, to).map(logEntryFromRow));
  }

  logHeadCovering(seq: number): Promise<LogHead | undefined> {
    return this.#run(() => {
      const row = this.#statements.headCovering.get(seq);
      return row && (JSON.parse(row.head_json) as LogHead);
    });
  }

  async saveLogHead(head: LogHead): Promise<void> {
    await this.#run(() => this.#statements.insertHead.run(head.seq, JSON.stringify(head)));
  }

  latestLogHead(): Promise<LogHead | undefined> {
    return this.#run(() => {
      const row = this.#statements.latestHead.get();
      return row && (JSON.parse(row.head_json) as LogHead);
    });
  }

  #append(kind: LogKind, reference: string | null, payload: Record<string, unknown>, recordedAt: string): LogEntry {
    const entry = nextEntry(this.#statements.lastLog.get(), kind, reference, payload, recordedAt);
    this.#statements.insertLog.run(...logEntryRow(entry));
    return entry;
  }

  knownStorageKeys(keys: readonly string[]): Promise<Set<string>> {
    return this.#run(() => {
      const known = new Set<string>();
      for (const key of keys) if (this.#statements.storageKey.get(key)) known.add(key);
      return known;
    });
  }

  async durability(): Promise<Record<string, string | number>> {
    return {
      journal_mode: this.#db.pragma('journal_mode', { simple: true }) as string,
      synchronous: this.#db.pragma('synchronous', { simple: true }) as number,
      busy_timeout: this.#db.pragma('busy_timeout', { simple: true }) as number,
    };
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  /** Runs one synchronous database call, retried asynchronously while the database is locked. */
  #run<T>(call: () => T): Promise<T> {
    return retryWhileBusy(call, isBusy);
  }

  #freeReference(newReference: () => string): string {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = newReference();
      if (!this.#statements.referenceTaken.get(reference)) return reference;
    }
    throw new Error(`No free reference after ${REFERENCE_ATTEMPTS} attempts.`);
  }
}
