import type { Envelope } from '@wmebv/core';
import type Database from 'better-sqlite3';
import {
  ERASED_JSON,
  fileFromRow,
  LEGACY_FILE_COLUMNS,
  legacyFileFromRow,
  statusCondition,
  SUMMARY_COLUMNS,
  summaryFromRow,
  type ArchivedSubmission,
  type ArchiveQuery,
  type ArchiveRow,
  type FileRow,
  type LegacyFile,
  type LegacyFileRow,
  type SubmissionArchive,
  type SubmissionSummary,
  type UnscannedFile,
  recordScanSql,
  unscannedFileFromRow,
  unscannedFilesSql,
} from '../archive.js';
import { receiptFromRow } from '../rows.js';

/** `in (?, ?, …)` for a list of form ids, or no condition for all forms. */
function formCondition(formIds: readonly string[] | 'all'): { sql: string; values: string[] } {
  if (formIds === 'all') return { sql: '1 = 1', values: [] };
  if (formIds.length === 0) return { sql: '1 = 0', values: [] };
  return { sql: `form_id IN (${formIds.map(() => '?').join(', ')})`, values: [...formIds] };
}

/** The SQLite `SubmissionArchive`: the store's connection, each call retried while the file is locked. */
export class SqliteArchive implements SubmissionArchive {
  constructor(
    private readonly db: Database.Database,
    private readonly run: <T>(call: () => T) => Promise<T>,
  ) {}

  list(query: ArchiveQuery): Promise<SubmissionSummary[]> {
    const forms = formCondition(query.formIds);
    return this.run(() =>
      this.db
        .prepare<unknown[], ArchiveRow>(
          `SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE ${forms.sql} AND ${statusCondition(query.status)}
           ORDER BY julianday(received_at), reference LIMIT ? OFFSET ?`,
        )
        .all(...forms.values, query.limit, query.offset)
        .map(summaryFromRow),
    );
  }

  read(reference: string): Promise<ArchivedSubmission | undefined> {
    return this.run(() => {
      const row = this.db
        .prepare<[string], ArchiveRow & { envelope_json: string; receipt_json: string; json: string }>(
          `SELECT ${SUMMARY_COLUMNS.split(', ')
            .map((c) => `s.${c}`)
            .join(', ')}, s.envelope_json, s.receipt_json, d.json
           FROM submissions s JOIN definitions d ON d.digest = s.definition_digest WHERE s.reference = ?`,
        )
        .get(reference);
      if (!row) return undefined;
      const files = this.db
        .prepare<[string], FileRow>('SELECT * FROM attachment_files WHERE submission_reference = ? ORDER BY attachment_id')
        .all(reference)
        .map(fileFromRow);
      return {
        ...summaryFromRow(row),
        definitionJson: row.json,
        envelope: row.envelope_json === ERASED_JSON ? null : (JSON.parse(row.envelope_json) as Envelope),
        receipt: row.receipt_json === ERASED_JSON ? null : receiptFromRow(row.receipt_json),
        files,
      };
    });
  }

  markTakenOver(reference: string, at: string, by: string): Promise<{ takenOverAt: string; takenOverBy: string } | undefined> {
    return this.run(() =>
      this.db
        .transaction(() => {
          this.db
            .prepare('UPDATE submissions SET taken_over_at = ?, taken_over_by = ? WHERE reference = ? AND taken_over_at IS NULL')
            .run(at, by, reference);
          const row = this.db
            .prepare<[string], { taken_over_at: string; taken_over_by: string }>(
              'SELECT taken_over_at, taken_over_by FROM submissions WHERE reference = ?',
            )
            .get(reference);
          return row && { takenOverAt: row.taken_over_at, takenOverBy: row.taken_over_by };
        })
        .immediate(),
    );
  }

  dueForErasure(formIds: readonly string[] | 'all', takenOverBefore: string): Promise<{ reference: string; storageKeys: string[] }[]> {
    const forms = formCondition(formIds);
    return this.run(() => {
      const references = this.db
        .prepare<unknown[], { reference: string; taken_over_at: string }>(
          `SELECT reference, taken_over_at FROM submissions WHERE ${forms.sql} AND taken_over_at IS NOT NULL AND erased_at IS NULL`,
        )
        .all(...forms.values)
        // Compared as instants: stored times carry their own offset.
        .filter((row) => Date.parse(row.taken_over_at) <= Date.parse(takenOverBefore));
      const keys = this.db.prepare<[string], { storage_key: string }>('SELECT storage_key FROM attachment_files WHERE submission_reference = ?');
      return references.map(({ reference }) => ({ reference, storageKeys: keys.all(reference).map((row) => row.storage_key) }));
    });
  }

  async eraseAnswers(reference: string, at: string): Promise<void> {
    await this.run(() =>
      this.db
        .transaction(() => {
          this.db
            .prepare(
              'UPDATE submissions SET envelope_json = ?, receipt_json = ?, idempotency_key = NULL, erased_at = ? WHERE reference = ? AND erased_at IS NULL',
            )
            .run(ERASED_JSON, ERASED_JSON, at, reference);
          this.db.prepare("UPDATE attachment_files SET name = '' WHERE submission_reference = ?").run(reference);
        })
        .immediate(),
    );
  }

  legacyFiles(limit: number, skip: number): Promise<LegacyFile[]> {
    return this.run(() =>
      this.db
        .prepare<[number, number], LegacyFileRow>(
          `SELECT ${LEGACY_FILE_COLUMNS} FROM attachments ORDER BY submission_reference, attachment_id LIMIT ? OFFSET ?`,
        )
        .all(limit, skip)
        .map(legacyFileFromRow),
    );
  }

  async adoptLegacyFile(file: LegacyFile, storageKey: string): Promise<void> {
    await this.run(() =>
      this.db
        .transaction(() => {
          this.db
            .prepare(
              `INSERT INTO attachment_files (submission_reference, attachment_id, field_id, name, type, size, sha256, storage_key)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
            )
            .run(file.reference, file.id, file.field, file.name, file.type, file.size, file.sha256, storageKey);
          this.db.prepare('DELETE FROM attachments WHERE submission_reference = ? AND attachment_id = ?').run(file.reference, file.id);
        })
        .immediate(),
    );
  }

  unscannedFiles(limit: number, skip: number): Promise<UnscannedFile[]> {
    return this.run(() =>
      this.db
        .prepare<[number, number], Parameters<typeof unscannedFileFromRow>[0]>(unscannedFilesSql('?', '?'))
        .all(limit, skip)
        .map(unscannedFileFromRow),
    );
  }

  recordScan(reference: string, attachmentId: string, result: 'clean' | 'infected'): Promise<boolean> {
    return this.run(() => this.db.prepare(recordScanSql('?', '?', '?')).run(result, reference, attachmentId).changes === 1);
  }
}
