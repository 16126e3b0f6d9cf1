import { createHash } from 'node:crypto';
import type { SubmissionArchive } from '../store/archive.js';
import { newStorageKey, type FileStorage } from './file-storage.js';

/** Files moved per database read: bounds the memory a large old database costs (bytes are read per batch). */
const BATCH = 8;

/** What one run of `moveLegacyFiles` did. */
export interface LegacyMove {
  moved: number;
  /** `reference/attachmentId` of files left in the database because their bytes no longer match their recorded SHA-256 or size. */
  kept: string[];
}

/**
 * Moves the files that migrations 1 and 2 kept as BLOBs in the database into the file storage
 * (issue 13: files never in the database), so an old SQLite file shrinks (after `VACUUM`), the
 * operator's endpoints serve them like any other, and retention deletes them. Each file's bytes
 * are checked against the size and SHA-256 recorded at receipt, written durably, and only then
 * recorded and its BLOB dropped in one transaction: a crash in between leaves an orphan file the
 * sweep removes, never a lost one. A file whose bytes do not match stays in the database.
 */
export async function moveLegacyFiles(archive: SubmissionArchive, fileStorage: FileStorage, now: Date): Promise<LegacyMove> {
  const result: LegacyMove = { moved: 0, kept: [] };
  for (;;) {
    const batch = await archive.legacyFiles(BATCH, result.kept.length);
    if (batch.length === 0) return result;
    for (const file of batch) {
      const bytes = Buffer.from(file.bytes);
      if (bytes.length !== file.size || createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
        result.kept.push(`${file.reference}/${file.id}`);
        continue;
      }
      const key = newStorageKey(now);
      await fileStorage.put(key, bytes);
      await archive.adoptLegacyFile(file, key);
      result.moved += 1;
    }
  }
}
