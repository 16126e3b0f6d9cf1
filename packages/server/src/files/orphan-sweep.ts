import type { SubmissionStore } from '../store/submission-store.js';
import type { FileStorage } from './file-storage.js';

/** How old (ms) a file without a row must be before the sweep removes it: a submission in flight writes its files before its row. */
export const ORPHAN_GRACE_MS = 60 * 60 * 1000;

/** How many keys the sweep asks the store about at once. */
const BATCH = 500;

/**
 * Removes files that no stored submission names (left by a process that died between writing a
 * submission's files and committing its row), once they are older than `graceMs`.
 *
 * @returns the keys removed
 */
export async function sweepOrphanFiles(store: SubmissionStore, files: FileStorage, now: Date, graceMs = ORPHAN_GRACE_MS): Promise<string[]> {
  const removed: string[] = [];
  let batch: string[] = [];
  const settle = async (): Promise<void> => {
    const known = await store.knownStorageKeys(batch);
    for (const key of batch) {
      if (known.has(key)) continue;
      await files.delete(key);
      removed.push(key);
    }
    batch = [];
  };
  for await (const object of files.list()) {
    if (now.getTime() - object.modifiedAt.getTime() < graceMs) continue;
    batch.push(object.key);
    if (batch.length >= BATCH) await settle();
  }
  if (batch.length > 0) await settle();
  return removed;
}
