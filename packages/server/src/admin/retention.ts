import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { FileStorage } from '../files/file-storage.js';
import { formatReceivedAt } from '../intake/received-at.js';
import type { OrganisationDirectory } from '../organisations/organisations.js';
import type { SubmissionStore } from '../store/submission-store.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Storage limitation (AVG art. 5 lid 1 sub e): for every organisation with a retention period,
 * deletes the answers and files of submissions taken over by the back office at least that many
 * days (of 24 hours) before `now`. The reference, times, digests and the proof log stay, so a
 * receipt keeps its proof of what was received and when (Awb 2:17, 2:20); an `erased` entry in
 * the log records the deletion. Files go first: a run that stops halfway leaves a submission that
 * the next run finds again (deleting a file that is gone does nothing). The receipt e-mail written
 * to the outbox folder (`<reference>.eml`; it holds the sender's address) goes with the files.
 *
 * @param outboxDir - the receipt e-mail outbox (`WMEBV_OUTBOX_DIR`), when mail is written there
 * @returns the references erased now
 */
export async function applyRetention(
  store: SubmissionStore,
  fileStorage: FileStorage,
  organisations: OrganisationDirectory,
  now: Date,
  outboxDir?: string,
): Promise<string[]> {
  const erased: string[] = [];
  for (const organisation of organisations.organisations) {
    if (organisation.retentionDays === undefined) continue;
    const cutoff = new Date(now.getTime() - organisation.retentionDays * DAY_MS).toISOString();
    for (const due of await store.archive.dueForErasure(organisation.forms, cutoff)) {
      for (const key of due.storageKeys) await fileStorage.delete(key);
      if (outboxDir) await rm(path.join(outboxDir, `${due.reference}.eml`), { force: true });
      const at = formatReceivedAt(now);
      await store.archive.eraseAnswers(due.reference, at);
      await store.appendLog('erased', due.reference, { retentionDays: organisation.retentionDays, files: due.storageKeys.length }, at);
      erased.push(due.reference);
    }
  }
  return erased;
}
