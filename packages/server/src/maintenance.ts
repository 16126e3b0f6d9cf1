import type { FileStorage } from './files/file-storage.js';
import { moveLegacyFiles } from './files/legacy-files.js';
import { sweepOrphanFiles } from './files/orphan-sweep.js';
import { formatReceivedAt } from './intake/received-at.js';
import { describeError } from './log/describe-error.js';
import type { IntakeLogger } from './log/logger.js';
import type { ReceiptSigner } from './receipt-keys/signing-key.js';
import type { SubmissionStore } from './store/submission-store.js';

/** How often (ms) the server looks for attachment files that no submission names. */
export const ORPHAN_SWEEP_INTERVAL_MS = 60 * 60 * 1000;

/** How often (ms) the head of the proof log is signed and stored, by default (`logHeadIntervalMs`). */
export const LOG_HEAD_INTERVAL_MS = 60 * 60 * 1000;

export interface MaintenanceParts {
  ready: Promise<{ store: SubmissionStore; signer: ReceiptSigner }>;
  fileStorage: FileStorage;
  now: () => Date;
  logger: IntakeLogger;
  logHeadIntervalMs?: number | undefined;
  /** Applies the retention periods (AVG art. 5 lid 1 sub e); hourly with the orphan sweep. */
  retention?: (() => Promise<string[]>) | undefined;
  /** Scans the files stored unscanned under accept-and-flag (`scan/rescan.ts`); at start and every `rescanIntervalMs`. */
  rescan?: (() => Promise<unknown>) | undefined;
  rescanIntervalMs?: number | undefined;
}

/** How often (ms) files stored unscanned are scanned again, by default. */
export const RESCAN_INTERVAL_MS = 10 * 60 * 1000;

/**
 * The server's background work, at start and then periodically (timers that never keep the process
 * alive): moving files an old database holds as BLOBs out (at start), removing orphaned attachment
 * files, applying retention, scanning files stored unscanned, and signing the head of the proof
 * log when it moved.
 *
 * @returns `stop()`, which ends the timers and signs the head one last time
 */
export function startMaintenance(parts: MaintenanceParts): { stop(): Promise<void> } {
  const { ready, fileStorage, now, logger } = parts;
  const sweepOrphans = async (): Promise<void> => {
    try {
      const removed = await sweepOrphanFiles((await ready).store, fileStorage, now());
      if (removed.length > 0) logger.warn(`Removed ${removed.length} attachment files that no submission names.`);
    } catch (error) {
      logger.warn(`The sweep for orphaned attachment files failed: ${describeError(error)}`);
    }
  };
  const retain = async (): Promise<void> => {
    try {
      const erased = (await parts.retention?.()) ?? [];
      if (erased.length > 0)
        logger.warn(`Retention: deleted the answers and files of ${erased.length} submissions taken over (${erased.join(', ')}).`);
    } catch (error) {
      logger.warn(`Applying the retention periods failed: ${describeError(error)}`);
    }
  };
  // Once at start: files an old database still holds as BLOBs go to the file storage.
  const moveLegacy = async (): Promise<void> => {
    try {
      const { moved, kept } = await moveLegacyFiles((await ready).store.archive, fileStorage, now());
      if (moved > 0) logger.warn(`Moved ${moved} attachment files kept in the database by an earlier version to the file storage.`);
      if (kept.length > 0)
        logger.warn(`Left ${kept.length} attachment files in the database: their bytes do not match their recorded SHA-256 (${kept.join(', ')}).`);
    } catch (error) {
      logger.warn(`Moving attachment files out of the database failed: ${describeError(error)}`);
    }
  };
  // Its own log lines name what it found; a failure (e.g. the database) is logged and tried again next time.
  const rescan = async (): Promise<void> => {
    try {
      await parts.rescan?.();
    } catch (error) {
      logger.warn(`Scanning the files stored unscanned failed: ${describeError(error)}`);
    }
  };
  const signHead = async (): Promise<void> => {
    try {
      const { store, signer } = await ready;
      await signLogHead(store, signer, now());
    } catch (error) {
      logger.warn(`Signing the proof log's head failed: ${describeError(error)}`);
    }
  };
  const timers = [
    setInterval(() => void sweepOrphans().then(retain), ORPHAN_SWEEP_INTERVAL_MS).unref(),
    setInterval(() => void signHead(), parts.logHeadIntervalMs ?? LOG_HEAD_INTERVAL_MS).unref(),
    ...(parts.rescan ? [setInterval(() => void rescan(), parts.rescanIntervalMs ?? RESCAN_INTERVAL_MS).unref()] : []),
  ];
  void ready.then(
    async () => {
      await signHead();
      await moveLegacy();
      await sweepOrphans();
      await retain();
      await rescan();
    },
    () => undefined,
  );
  return {
    stop: async () => {
      timers.forEach(clearInterval);
      if (
        await ready.then(
          () => true,
          () => false,
        )
      )
        await signHead();
    },
  };
}

/**
 * Signs the proof log's current head and stores it, unless the newest signed head is already that
 * entry (or the log is empty).
 *
 * @returns the head signed now, if any
 */
export async function signLogHead(store: SubmissionStore, signer: ReceiptSigner, at: Date) {
  const entries = await store.logEntries();
  const last = entries.at(-1);
  if (!last || (await store.latestLogHead())?.seq === last.seq) return undefined;
  const head = signer.signLogHead({ seq: last.seq, hash: last.hash }, formatReceivedAt(at));
  await store.saveLogHead(head);
  return head;
}
