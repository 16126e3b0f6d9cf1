import { createHash } from 'node:crypto';
import type { FileStorage } from '../files/file-storage.js';
import { describeError } from '../log/describe-error.js';
import type { SubmissionArchive } from '../store/archive.js';
import { askScanner, type ScanFile } from './scan-file.js';

/** What one rescan pass did. References and signature names only: no file names, no answers. */
export interface RescanOutcome {
  /** Files found clean: their flag is cleared. */
  clean: number;
  /** Files in which the scanner found malware, each with its submission and the scanner's name for it. */
  infected: { reference: string; attachmentId: string; signature: string }[];
  /** Files still unscanned: the scanner was unavailable again (the pass stops at the first such answer). */
  stillUnscanned: number;
  /** Files whose bytes could not be read or no longer match their SHA-256: left flagged, each with its reason. */
  unreadable: { reference: string; attachmentId: string; reason: string }[];
}

/** Files asked for per query. */
const BATCH = 100;

/**
 * Scans the files that were stored unscanned under accept-and-flag (BIO 12.2.1: they must be scanned
 * before anyone opens them) and records each verdict: `clean` clears the flag, `infected` marks the
 * file, and so its submission, in the operator's record. The pass stops as soon as the scanner is
 * unavailable again: the remaining files stay flagged for the next pass. Safe with several processes:
 * a verdict is recorded only while the file is still flagged.
 *
 * @param warn - the operator's log; gets one line per infected or unreadable file (reference, attachment id, signature)
 */
export async function rescanFlaggedFiles(
  archive: SubmissionArchive,
  fileStorage: FileStorage,
  scanFile: ScanFile,
  warn: (message: string) => void,
): Promise<RescanOutcome> {
  const outcome: RescanOutcome = { clean: 0, infected: [], stillUnscanned: 0, unreadable: [] };
  for (;;) {
    // Files left flagged on purpose (unreadable) are skipped; recorded ones leave the list by themselves.
    const files = await archive.unscannedFiles(BATCH, outcome.unreadable.length);
    if (files.length === 0) return outcome;
    for (const file of files) {
      let bytes: Buffer;
      try {
        bytes = await fileStorage.get(file.storageKey);
      } catch (error) {
        outcome.unreadable.push({ reference: file.reference, attachmentId: file.id, reason: describeError(error) });
        warn(`Rescan: attachment ${file.id} of ${file.reference} could not be read (${describeError(error)}); it stays flagged as unscanned.`);
        continue;
      }
      if (createHash('sha256').update(bytes).digest('hex') !== file.sha256) {
        outcome.unreadable.push({ reference: file.reference, attachmentId: file.id, reason: 'its bytes no longer match their SHA-256' });
        warn(`Rescan: attachment ${file.id} of ${file.reference} no longer matches its SHA-256; it stays flagged as unscanned.`);
        continue;
      }
      const verdict = await askScanner(scanFile, { name: file.name, bytes });
      if (verdict.verdict === 'unavailable') {
        outcome.stillUnscanned = (await countFlagged(archive)) - outcome.unreadable.length;
        warn(`Rescan: the scanner is still unavailable (${verdict.reason}); ${outcome.stillUnscanned} files stay flagged as unscanned.`);
        return outcome;
      }
      if (!(await archive.recordScan(file.reference, file.id, verdict.verdict))) continue;
      if (verdict.verdict === 'clean') {
        outcome.clean += 1;
      } else {
        outcome.infected.push({ reference: file.reference, attachmentId: file.id, signature: verdict.signature });
        // The signature name is the scanner's and the reference an id: no personal data, no file name.
        warn(`Rescan: attachment ${file.id} of ${file.reference} matched ${verdict.signature}; it is marked infected.`);
      }
    }
  }
}

/** How many files are flagged as unscanned. */
async function countFlagged(archive: SubmissionArchive): Promise<number> {
  let count = 0;
  for (let batch = await archive.unscannedFiles(BATCH, 0); batch.length > 0; batch = await archive.unscannedFiles(BATCH, count))
    count += batch.length;
  return count;
}
