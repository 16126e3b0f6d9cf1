import type { Envelope, Receipt } from '@wmebv/core';
import type { StoredFile } from './submission-store.js';

/**
 * What the operator's side reads and changes in the store (issue 13, "The operator's side"): the
 * submissions of one organisation's forms, taking them over, and deleting answers and files after
 * the retention period while digests and the proof log stay. Both backends implement it
 * (`sqlite/sqlite-archive.ts`, `postgres/postgres-archive.ts`); `SubmissionStore.archive` is it.
 */
export interface SubmissionArchive {
  /** Submissions of these forms (all forms when `formIds` is `all`), oldest first by the instant received (not the text: around the autumn DST change 02:10+01:00 comes after 02:30+02:00). */
  list(query: ArchiveQuery): Promise<SubmissionSummary[]>;
  /** One submission with everything stored about it, if it exists. */
  read(reference: string): Promise<ArchivedSubmission | undefined>;
  /**
   * Records that the back office took the submission over (once: a second call changes nothing).
   *
   * @returns the time and token name of the first take-over, or undefined when there is no such submission
   */
  markTakenOver(reference: string, at: string, by: string): Promise<{ takenOverAt: string; takenOverBy: string } | undefined>;
  /** Submissions of these forms taken over at or before `takenOverBefore` whose answers are still there, with their file keys. */
  dueForErasure(formIds: readonly string[] | 'all', takenOverBefore: string): Promise<{ reference: string; storageKeys: string[] }[]>;
  /**
   * Deletes the answers (envelope, receipt, idempotency key, file names) of one submission; keeps its
   * reference, form, time of receipt, digest and file digests. The files must be deleted first.
   */
  eraseAnswers(reference: string, at: string): Promise<void>;
  /**
   * Files that migrations 1 and 2 kept as BLOBs in the database (before files moved out), at most
   * `limit`, skipping the first `skip` (ones that could not be moved), in a stable order.
   */
  legacyFiles(limit: number, skip: number): Promise<LegacyFile[]>;
  /**
   * Records a legacy file as stored in the file storage under `storageKey` and drops its BLOB, in
   * one transaction. The bytes must already be durably written there.
   */
  adoptLegacyFile(file: LegacyFile, storageKey: string): Promise<void>;
  /**
   * Files stored unscanned under accept-and-flag (`scan` is `unavailable`) of submissions whose
   * files are still there (not erased), at most `limit`, skipping the first `skip`, in a stable order.
   */
  unscannedFiles(limit: number, skip: number): Promise<UnscannedFile[]>;
  /**
   * Records a later scan's verdict for an unscanned file (`../scan/rescan.ts`).
   *
   * @returns false when the file was not unscanned any more (another process recorded it first)
   */
  recordScan(reference: string, attachmentId: string, result: 'clean' | 'infected'): Promise<boolean>;
}

/** A file stored unscanned: where its bytes are and what they must hash to. */
export interface UnscannedFile {
  reference: string;
  id: string;
  name: string;
  storageKey: string;
  /** Lower-case hex SHA-256, as computed by the server when it was received. */
  sha256: string;
}

/** The SQL of `unscannedFiles` for both backends (`?` or `$n` placeholders for limit and skip). */
export function unscannedFilesSql(limit: string, skip: string): string {
  return `SELECT f.submission_reference, f.attachment_id, f.name, f.storage_key, f.sha256 FROM attachment_files f
          JOIN submissions s ON s.reference = f.submission_reference
          WHERE f.scan = 'unavailable' AND s.erased_at IS NULL
          ORDER BY f.submission_reference, f.attachment_id LIMIT ${limit} OFFSET ${skip}`;
}

export function unscannedFileFromRow(row: {
  submission_reference: string;
  attachment_id: string;
  name: string;
  storage_key: string;
  sha256: string;
}): UnscannedFile {
  return { reference: row.submission_reference, id: row.attachment_id, name: row.name, storageKey: row.storage_key, sha256: row.sha256 };
}

/** The SQL of `recordScan` for both backends (placeholders for the result, reference and attachment id). */
export function recordScanSql(result: string, reference: string, attachmentId: string): string {
  return `UPDATE attachment_files SET scan = ${result} WHERE submission_reference = ${reference} AND attachment_id = ${attachmentId} AND scan = 'unavailable'`;
}

/** A file stored as a BLOB by migrations 1 and 2, with its bytes. */
export interface LegacyFile {
  reference: string;
  id: string;
  field: string;
  name: string;
  type: string;
  /** Bytes, as counted by the server when it was received. */
  size: number;
  /** Lower-case hex SHA-256, as computed by the server when it was received. */
  sha256: string;
  bytes: Buffer;
}

/** An `attachments` (BLOB) row as both archives select it. */
export interface LegacyFileRow {
  submission_reference: string;
  attachment_id: string;
  field_id: string;
  name: string;
  type: string;
  size: number | string;
  sha256: string;
  bytes: Buffer;
}

export const LEGACY_FILE_COLUMNS = 'submission_reference, attachment_id, field_id, name, type, size, sha256, bytes';

export function legacyFileFromRow(row: LegacyFileRow): LegacyFile {
  return {
    reference: row.submission_reference,
    id: row.attachment_id,
    field: row.field_id,
    name: row.name,
    type: row.type,
    size: Number(row.size),
    sha256: row.sha256,
    bytes: row.bytes,
  };
}

/** Which submissions `list` returns. */
export interface ArchiveQuery {
  formIds: readonly string[] | 'all';
  /** `new`: not taken over; `taken-over`; `erased`: answers deleted after retention. All when absent. */
  status?: SubmissionStatus | undefined;
  /** At most this many (the caller bounds it). */
  limit: number;
  /** Skip this many first. */
  offset: number;
}

export type SubmissionStatus = 'new' | 'taken-over' | 'erased';

/** A submission in a list: ids and times, no answers. */
export interface SubmissionSummary {
  reference: string;
  formId: string;
  formVersion: string;
  /** ISO 8601 with offset (Awb 2:20). */
  receivedAt: string;
  /** SHA-256 (hex) of the stored envelope. */
  digest: string;
  status: SubmissionStatus;
  takenOverAt: string | null;
  takenOverBy: string | null;
  erasedAt: string | null;
}

/** A submission with what was received; `envelope` and `receipt` are null once erased. */
export interface ArchivedSubmission extends SubmissionSummary {
  /** The definition text the submission was made against (JSON). */
  definitionJson: string;
  envelope: Envelope | null;
  receipt: Receipt | null;
  /** The files, names blank once erased. */
  files: StoredFile[];
}

/** The status from the two times. */
export function statusOf(row: { taken_over_at: string | null; erased_at: string | null }): SubmissionStatus {
  return row.erased_at ? 'erased' : row.taken_over_at ? 'taken-over' : 'new';
}

/** A `submissions` row joined as both archives select it. */
export interface ArchiveRow {
  reference: string;
  form_id: string;
  form_version: string;
  received_at: string;
  digest: string;
  taken_over_at: string | null;
  taken_over_by: string | null;
  erased_at: string | null;
}

/** The SQL columns of `ArchiveRow`. */
export const SUMMARY_COLUMNS = 'reference, form_id, form_version, received_at, digest, taken_over_at, taken_over_by, erased_at';

/** The status filter as SQL (no parameters). */
export function statusCondition(status: SubmissionStatus | undefined): string {
  if (status === 'new') return 'taken_over_at IS NULL';
  if (status === 'taken-over') return 'taken_over_at IS NOT NULL AND erased_at IS NULL';
  if (status === 'erased') return 'erased_at IS NOT NULL';
  return '1 = 1';
}

export function summaryFromRow(row: ArchiveRow): SubmissionSummary {
  return {
    reference: row.reference,
    formId: row.form_id,
    formVersion: row.form_version,
    receivedAt: row.received_at,
    digest: row.digest,
    status: statusOf(row),
    takenOverAt: row.taken_over_at,
    takenOverBy: row.taken_over_by,
    erasedAt: row.erased_at,
  };
}

/** A stored file row, as both archives select it. */
export interface FileRow {
  attachment_id: string;
  field_id: string;
  name: string;
  type: string;
  size: number | string;
  sha256: string;
  storage_key: string;
  scan: StoredFile['scan'] | null;
}

export function fileFromRow(row: FileRow): StoredFile {
  return {
    id: row.attachment_id,
    field: row.field_id,
    name: row.name,
    type: row.type,
    size: Number(row.size),
    sha256: row.sha256,
    storageKey: row.storage_key,
    ...(row.scan ? { scan: row.scan } : {}),
  };
}

/** What an erased row holds instead of JSON answers. */
export const ERASED_JSON = 'null';
