import type { Envelope, Receipt, ReceiptPublicKey } from '@wmebv/core';
import type { FormVersion } from '../definitions/registry.js';
import { jsonDigest, type LogAnchor, type LogEntry, type LogKind } from '../proof-log/entry.js';
import type { LogHead } from '../proof-log/head.js';
import type { SubmissionArchive } from './archive.js';

/**
 * The storage interface of the intake endpoint (docs/design.md, "Server", Storage): definitions,
 * submissions with their receipts, idempotency keys and receipt keys. Implemented by SQLite (the
 * default, `sqlite/`) and PostgreSQL (`postgres/`), both run by the same tests. File bytes never go
 * through it: they live in a `FileStorage` (`../files/`), the rows name them by `storageKey`.
 *
 * Every method is asynchronous and none holds the event loop for long (issue 12 item 5): when the
 * database stays locked, methods reject with `StoreBusy` after a bounded wait, which the endpoint
 * answers with 503 and `Retry-After`.
 */
export interface SubmissionStore {
  /** `sqlite` or `postgres`. */
  readonly backend: 'sqlite' | 'postgres';

  /** The operator's side: listing, reading, taking over and erasing submissions (`archive.ts`). */
  readonly archive: SubmissionArchive;

  /**
   * Records a definition text unless it is already known.
   *
   * @param seenAt - ISO 8601 time of first use
   * @returns whether a different text was stored before under the same form id and version
   */
  saveDefinition(form: FormVersion, seenAt: string): Promise<{ changedWithoutNewVersion: boolean }>;

  /** Remembers a receipt signing key's public part (once per `kid`), so it stays published. */
  saveReceiptKey(key: ReceiptPublicKey, firstUsedAt: string): Promise<void>;

  /** Every receipt signing key this database has seen, oldest first. */
  receiptKeys(): Promise<ReceiptPublicKey[]>;

  /**
   * The submission first stored for this form with this idempotency key, if any. Keys are scoped
   * per form (issue 12 item 8): the same key on another form's URL finds nothing.
   */
  findByIdempotencyKey(formId: string, key: string): Promise<KeyedSubmission | undefined>;

  /**
   * Stores a submission and its file records in one durable transaction, under a reference not
   * used before. The files themselves must already be durably written to the file storage.
   *
   * @param newReference - draws a candidate reference
   * @param build - the submission to store for the reference chosen (the receipt names it)
   * @throws IdempotencyKeyTaken when the key was used meanwhile for this form
   * @throws StoreBusy when the database stayed locked for the whole bounded wait
   */
  insertSubmission(newReference: () => string, build: (reference: string) => SubmissionDraft): Promise<NewSubmission>;

  /**
   * Appends one entry to the proof log (taking the log's lock, so the chain stays one with several
   * processes). `insertSubmission` appends its own two entries in its transaction.
   */
  appendLog(kind: LogKind, reference: string | null, payload: Record<string, unknown>, recordedAt: string): Promise<LogEntry>;

  /** The proof log in order; only the entries about `reference` when given. */
  logEntries(reference?: string): Promise<LogEntry[]>;

  /** The consecutive entries `from` to `to` (both included), in order: a proof bundle's part of the chain. */
  logRange(from: number, to: number): Promise<LogEntry[]>;

  /** Stores a signed head of the log (once per `seq`). */
  saveLogHead(head: LogHead): Promise<void>;

  /** The newest signed head, if any. */
  latestLogHead(): Promise<LogHead | undefined>;

  /** The oldest signed head at or after entry `seq` (the first that covers it), if any. */
  logHeadCovering(seq: number): Promise<LogHead | undefined>;

  /** Which of these file storage keys a stored submission names (for the orphan sweep). */
  knownStorageKeys(keys: readonly string[]): Promise<Set<string>>;

  /** The settings that make a commit durable, read from the live connection (e.g. `synchronous`). */
  durability(): Promise<Record<string, string | number>>;

  close(): Promise<void>;
}

/** A file stored with a submission: its metadata from the envelope and where its bytes are. */
export interface StoredFile {
  id: string;
  field: string;
  name: string;
  type: string;
  /** Bytes, as counted by the server. */
  size: number;
  /** Lower-case hex SHA-256, as computed by the server. */
  sha256: string;
  /** The key of the bytes in the file storage. */
  storageKey: string;
  /**
   * The malware scan's result: absent when no scanner was configured; `unavailable` is stored only
   * under accept-and-flag, until a later scan (`wmebv-server rescan`, or the server's own pass)
   * records `clean` or `infected`.
   */
  scan?: 'clean' | 'unavailable' | 'infected';
}

/** A submission to store, given its (fresh, unique) reference. */
export interface NewSubmission {
  formVersion: FormVersion;
  /** ISO 8601 with offset (Awb 2:20). */
  receivedAt: string;
  /** The normalised envelope, exactly what `digest` covers. */
  envelope: Envelope;
  receipt: Receipt;
  idempotencyKey: string | undefined;
  /** SHA-256 of the envelope as sent, to recognise a retry with the same idempotency key. */
  requestDigest: string;
  files: StoredFile[];
}

/**
 * What `insertSubmission` builds for the reference it chose: everything but the receipt, which is
 * signed once the submission's log entry exists, because the receipt carries that entry's anchor.
 */
export interface SubmissionDraft extends Omit<NewSubmission, 'receipt'> {
  /** SHA-256 (hex) of the stored envelope, as the log entry records it. */
  envelopeDigest: string;
  sign(anchor: LogAnchor): Receipt;
}

/**
 * The two proof-log entries of a stored submission: `submission` (ids and digests of what arrived)
 * and, after the receipt is signed with the first one's anchor, `receipt` (its digest).
 */
export function submissionLogPayloads(draft: SubmissionDraft): {
  submission: Record<string, unknown>;
  receipt: (receipt: Receipt) => Record<string, unknown>;
} {
  return {
    submission: {
      formId: draft.formVersion.definition.id,
      formVersion: draft.formVersion.definition.version,
      definitionDigest: draft.formVersion.digest,
      envelopeDigest: draft.envelopeDigest,
      attachments: draft.files.map((file) => file.sha256),
    },
    receipt: (receipt) => ({ receiptDigest: jsonDigest(receipt), kid: receipt.kid }),
  };
}

/** The stored submission, from its draft and its signed receipt. */
export function toNewSubmission(draft: SubmissionDraft, receipt: Receipt): NewSubmission {
  const { formVersion, receivedAt, envelope, idempotencyKey, requestDigest, files } = draft;
  return { formVersion, receivedAt, envelope, receipt, idempotencyKey, requestDigest, files };
}

/** What an idempotency key was first used for. */
export interface KeyedSubmission {
  requestDigest: string;
  receipt: Receipt;
}

/** Thrown by `insertSubmission` when another request stored a submission with the same idempotency key first. */
export class IdempotencyKeyTaken extends Error {
  constructor() {
    super('The idempotency key is already used.');
    this.name = 'IdempotencyKeyTaken';
  }
}

/**
 * The database stayed locked (by another process or connection) for the whole bounded wait. The
 * endpoint answers 503 with `Retry-After`, never 500 (issue 12 item 5).
 */
export class StoreBusy extends Error {
  constructor(readonly waitedMs: number) {
    super(`The database stayed locked for ${Math.round(waitedMs)} ms.`);
    this.name = 'StoreBusy';
  }
}

/** How often to draw a new reference when the one drawn is taken (about 1 in 5·10^11 per draw). */
export const REFERENCE_ATTEMPTS = 10;
