import { parseReceipt, ReceiptPublicKeySchema, type Envelope, type Receipt, type ReceiptPublicKey } from '@wmebv/core';
import type Database from 'better-sqlite3';
import type { FormVersion } from '../definitions/registry.js';

/** A file to store with a submission: its metadata from the envelope, its bytes as received. */
export interface StoredFile {
  id: string;
  field: string;
  name: string;
  type: string;
  /** Bytes, as counted by the server. */
  size: number;
  /** Lower-case hex SHA-256, as computed by the server. */
  sha256: string;
  bytes: Buffer;
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

/** How often to draw a new reference when the one drawn is taken (about 1 in 5·10^11 per draw). */
const REFERENCE_ATTEMPTS = 10;

/**
 * The queries of the intake endpoint, as prepared statements over the schema in `schema.ts`.
 */
export class SubmissionStore {
  readonly #db: Database.Database;
  readonly #statements;

  constructor(db: Database.Database) {
    this.#db = db;
    this.#statements = {
      definitionByDigest: db.prepare<[string], { digest: string }>('SELECT digest FROM definitions WHERE digest = ?'),
      definitionVersionTexts: db.prepare<[string, string], { digest: string }>(
        'SELECT digest FROM definitions WHERE form_id = ? AND version = ?',
      ),
      insertDefinition: db.prepare(
        'INSERT INTO definitions (digest, form_id, version, json, first_seen_at) VALUES (?, ?, ?, ?, ?)',
      ),
      referenceTaken: db.prepare<[string], { reference: string }>('SELECT reference FROM submissions WHERE reference = ?'),
      byIdempotencyKey: db.prepare<[string], { request_digest: string; receipt_json: string }>(
        'SELECT request_digest, receipt_json FROM submissions WHERE idempotency_key = ?',
      ),
      insertSubmission: db.prepare(
        `INSERT INTO submissions (reference, form_id, form_version, definition_digest, received_at, envelope_json,
           receipt_json, digest, idempotency_key, request_digest)
         VALUES (@reference, @formId, @formVersion, @definitionDigest, @receivedAt, @envelopeJson,
           @receiptJson, @digest, @idempotencyKey, @requestDigest)`,
      ),
      insertReceiptKey: db.prepare('INSERT OR IGNORE INTO receipt_keys (kid, jwk, first_used_at) VALUES (?, ?, ?)'),
      receiptKeys: db.prepare<[], { jwk: string }>('SELECT jwk FROM receipt_keys ORDER BY first_used_at, kid'),
      insertAttachment: db.prepare(
        `INSERT INTO attachments (submission_reference, attachment_id, field_id, name, type, size, sha256, bytes)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
    };
  }

  /**
   * Records a definition text unless it is already known.
   *
   * @param seenAt - ISO 8601 time of first use
   * @returns whether a different text was stored before under the same form id and version
   */
  saveDefinition(form: FormVersion, seenAt: string): { changedWithoutNewVersion: boolean } {
    const { id, version } = form.definition;
    return this.#db
      .transaction(() => {
        if (this.#statements.definitionByDigest.get(form.digest)) return { changedWithoutNewVersion: false };
        const earlier = this.#statements.definitionVersionTexts.all(id, version);
        this.#statements.insertDefinition.run(form.digest, id, version, form.json, seenAt);
        return { changedWithoutNewVersion: earlier.length > 0 };
      })
      .immediate();
  }

  /** Remembers a receipt signing key's public part (once per `kid`), so it stays published. */
  saveReceiptKey(key: ReceiptPublicKey, firstUsedAt: string): void {
    this.#statements.insertReceiptKey.run(key.kid, JSON.stringify(key), firstUsedAt);
  }

  /** Every receipt signing key this database has seen, oldest first. */
  receiptKeys(): ReceiptPublicKey[] {
    // Parsed, not cast: a damaged row must fail here, not as a broken key set for every verifier.
    return this.#statements.receiptKeys.all().map((row) => ReceiptPublicKeySchema.parse(JSON.parse(row.jwk)));
  }

  /** The submission first stored with this idempotency key, if any. */
  findByIdempotencyKey(key: string): KeyedSubmission | undefined {
    const row = this.#statements.byIdempotencyKey.get(key);
    if (!row) return undefined;
    const stored = parseReceipt(JSON.parse(row.receipt_json));
    if (!stored.ok) throw new Error(`The stored receipt for this idempotency key is damaged at ${stored.problem.pointer || '/'}.`);
    return { requestDigest: row.request_digest, receipt: stored.receipt };
  }

  /**
   * Stores a submission and its files in one transaction, under a reference not used before.
   *
   * @param newReference - draws a candidate reference
   * @param build - the submission to store for the reference chosen (the receipt names it)
   * @throws IdempotencyKeyTaken when the key was used meanwhile
   */
  insertSubmission(newReference: () => string, build: (reference: string) => NewSubmission): NewSubmission {
    return this.#db
      .transaction(() => {
        const reference = this.#freeReference(newReference);
        const submission = build(reference);
        if (submission.idempotencyKey !== undefined && this.#statements.byIdempotencyKey.get(submission.idempotencyKey)) {
          throw new IdempotencyKeyTaken();
        }
        this.#statements.insertSubmission.run({
          reference,
          formId: submission.formVersion.definition.id,
          formVersion: submission.formVersion.definition.version,
          definitionDigest: submission.formVersion.digest,
          receivedAt: submission.receivedAt,
          envelopeJson: JSON.stringify(submission.envelope),
          receiptJson: JSON.stringify(submission.receipt),
          digest: submission.receipt.digest.value,
          idempotencyKey: submission.idempotencyKey ?? null,
          requestDigest: submission.requestDigest,
        });
        for (const file of submission.files) {
          this.#statements.insertAttachment.run(reference, file.id, file.field, file.name, file.type, file.size, file.sha256, file.bytes);
        }
        return submission;
      })
      .immediate();
  }

  #freeReference(newReference: () => string): string {
    for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
      const reference = newReference();
      if (!this.#statements.referenceTaken.get(reference)) return reference;
    }
    throw new Error(`No free reference after ${REFERENCE_ATTEMPTS} attempts.`);
  }
}
