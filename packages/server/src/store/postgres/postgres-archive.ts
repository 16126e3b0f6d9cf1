import type { Envelope } from '@wmebv/core';
import type pg from 'pg';
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

type Query = <R extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<pg.QueryResult<R>>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

/** `form_id = ANY($n)`, or no condition for all forms. */
function formCondition(formIds: readonly string[] | 'all', index: number): { sql: string; values: unknown[] } {
  return formIds === 'all' ? { sql: '1 = 1', values: [] } : { sql: `form_id = ANY($${index})`, values: [[...formIds]] };
}

/** The PostgreSQL `SubmissionArchive`, on the store's pool (waits bounded as every store call). */
export class PostgresArchive implements SubmissionArchive {
  constructor(
    private readonly query: Query,
    private readonly transaction: Transaction,
  ) {}

  async list(query: ArchiveQuery): Promise<SubmissionSummary[]> {
    const forms = formCondition(query.formIds, 3);
    const { rows } = await this.query<ArchiveRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM submissions WHERE ${forms.sql} AND ${statusCondition(query.status)}
       ORDER BY received_at::timestamptz, reference LIMIT $1 OFFSET $2`,
      [query.limit, query.offset, ...forms.values],
    );
    return rows.map(summaryFromRow);
  }

  async read(reference: string): Promise<ArchivedSubmission | undefined> {
    const { rows } = await this.query<ArchiveRow & { envelope_json: string; receipt_json: string; json: string }>(
      `SELECT ${SUMMARY_COLUMNS.split(', ')
        .map((c) => `s.${c}`)
        .join(', ')}, s.envelope_json, s.receipt_json, d.json
       FROM submissions s JOIN definitions d ON d.digest = s.definition_digest WHERE s.reference = $1`,
      [reference],
    );
    const row = rows[0];
    if (!row) return undefined;
    const files = await this.query<FileRow>('SELECT * FROM attachment_files WHERE submission_reference = $1 ORDER BY attachment_id', [reference]);
    return {
      ...summaryFromRow(row),
      definitionJson: row.json,
      envelope: row.envelope_json === ERASED_JSON ? null : (JSON.parse(row.envelope_json) as Envelope),
      receipt: row.receipt_json === ERASED_JSON ? null : receiptFromRow(row.receipt_json),
      files: files.rows.map(fileFromRow),
    };
  }

  async markTakenOver(reference: string, at: string, by: string): Promise<{ takenOverAt: string; takenOverBy: string } | undefined> {
    // One statement each: the UPDATE is atomic, so of two processes only the first one's time stays.
    await this.query('UPDATE submissions SET taken_over_at = $1, taken_over_by = $2 WHERE reference = $3 AND taken_over_at IS NULL', [
      at,
      by,
      reference,
    ]);
    const { rows } = await this.query<{ taken_over_at: string; taken_over_by: string }>(
      'SELECT taken_over_at, taken_over_by FROM submissions WHERE reference = $1',
      [reference],
    );
    return rows[0] && { takenOverAt: rows[0].taken_over_at, takenOverBy: rows[0].taken_over_by };
  }

  async dueForErasure(formIds: readonly string[] | 'all', takenOverBefore: string): Promise<{ reference: string; storageKeys: string[] }[]> {
    const forms = formCondition(formIds, 1);
    const { rows } = await this.query<{ reference: string; taken_over_at: string; keys: (string | null)[] }>(
      `SELECT s.reference, s.taken_over_at, array_agg(f.storage_key) AS keys
       FROM submissions s LEFT JOIN attachment_files f ON f.submission_reference = s.reference
       WHERE ${forms.sql.replace('form_id', 's.form_id')} AND s.taken_over_at IS NOT NULL AND s.erased_at IS NULL
       GROUP BY s.reference, s.taken_over_at`,
      forms.values,
    );
    return rows
      .filter((row) => Date.parse(row.taken_over_at) <= Date.parse(takenOverBefore))
      .map((row) => ({ reference: row.reference, storageKeys: row.keys.filter((key): key is string => key !== null) }));
  }

  async eraseAnswers(reference: string, at: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        'UPDATE submissions SET envelope_json = $1, receipt_json = $1, idempotency_key = NULL, erased_at = $2 WHERE reference = $3 AND erased_at IS NULL',
        [ERASED_JSON, at, reference],
      );
      await client.query("UPDATE attachment_files SET name = '' WHERE submission_reference = $1", [reference]);
    });
  }

  async legacyFiles(limit: number, skip: number): Promise<LegacyFile[]> {
    const { rows } = await this.query<LegacyFileRow>(
      `SELECT ${LEGACY_FILE_COLUMNS} FROM attachments ORDER BY submission_reference, attachment_id LIMIT $1 OFFSET $2`,
      [limit, skip],
    );
    return rows.map(legacyFileFromRow);
  }

  async adoptLegacyFile(file: LegacyFile, storageKey: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(
        `INSERT INTO attachment_files (submission_reference, attachment_id, field_id, name, type, size, sha256, storage_key)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [file.reference, file.id, file.field, file.name, file.type, file.size, file.sha256, storageKey],
      );
      await client.query('DELETE FROM attachments WHERE submission_reference = $1 AND attachment_id = $2', [file.reference, file.id]);
    });
  }

  async unscannedFiles(limit: number, skip: number): Promise<UnscannedFile[]> {
    const { rows } = await this.query<Parameters<typeof unscannedFileFromRow>[0]>(unscannedFilesSql('$1', '$2'), [limit, skip]);
    return rows.map(unscannedFileFromRow);
  }

  async recordScan(reference: string, attachmentId: string, result: 'clean' | 'infected'): Promise<boolean> {
    const { rowCount } = await this.query(recordScanSql('$1', '$2', '$3'), [result, reference, attachmentId]);
    return rowCount === 1;
  }
}
