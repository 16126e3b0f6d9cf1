import type { Envelope, ValidationError } from '@wmebv/core';
import type { ReceivedFile } from '../http/read-multipart.js';
import { HttpError } from '../http/http-error.js';

/**
 * What a malware scanner says of one file (BIO 12.2.1, protection against malware):
 * - `clean`: nothing found;
 * - `infected`: a signature matched (`signature` is the scanner's name for it, e.g. `Eicar-Test-Signature`);
 * - `unavailable`: the scanner could not judge the file (not reachable, timed out, refused the
 *   size); `reason` says why, for the operator's log only.
 */
export type ScanVerdict = { verdict: 'clean' } | { verdict: 'infected'; signature: string } | { verdict: 'unavailable'; reason: string };

/** One received file, as the scanner gets it. `name` is the normalised name (never a path). */
export interface ScannedFile {
  name: string;
  /** The file's bytes as received. */
  bytes: Uint8Array;
}

/**
 * The malware scan hook: runs for every attached file after the content checks and before the
 * submission commits. Must not throw (answer `unavailable` instead); a throw counts as `unavailable`.
 */
export type ScanFile = (file: ScannedFile) => Promise<ScanVerdict>;

/**
 * What to do when the scanner is unavailable: `refuse` answers 503 with `Retry-After` (the default:
 * nothing unscanned is stored), `accept-and-flag` stores the submission and records each unscanned
 * file as `scan: unavailable` (and logs it) so that it can be scanned before anyone opens it.
 */
export type ScanUnavailablePolicy = 'refuse' | 'accept-and-flag';

/** The outcome per file as stored with it: `clean`, or `unavailable` under accept-and-flag. */
export type StoredScanResult = 'clean' | 'unavailable';

/**
 * Asks the hook about one file. Whatever goes wrong on the scanner's side counts as `unavailable`,
 * never as an error of the request (a 500): a rejection, a throw before the hook returned a
 * promise, or an answer that is no verdict.
 */
export async function askScanner(scanFile: ScanFile, file: ScannedFile): Promise<ScanVerdict> {
  try {
    const verdict: unknown = await scanFile(file);
    if (isVerdict(verdict)) return verdict;
    return { verdict: 'unavailable', reason: 'the scanner answered no verdict' };
  } catch (error) {
    return { verdict: 'unavailable', reason: `the scanner failed (${error instanceof Error ? error.name : typeof error})` };
  }
}

function isVerdict(value: unknown): value is ScanVerdict {
  if (typeof value !== 'object' || value === null) return false;
  const { verdict, signature, reason } = value as Record<string, unknown>;
  return (
    verdict === 'clean' || (verdict === 'infected' && typeof signature === 'string') || (verdict === 'unavailable' && typeof reason === 'string')
  );
}

/** How long the 503 of an unavailable scanner asks the sender to wait, in seconds. */
export const SCAN_UNAVAILABLE_RETRY_AFTER_SECONDS = 60;

/**
 * Scans every attached file (one at a time: a scanner has few threads, and one submission's files
 * are few). An infected file is a 422 `fileInfected` error naming the file; an unavailable scanner
 * is a 503 `scan-unavailable` unless the policy accepts and flags.
 *
 * @returns each attachment id with its result to store, and the errors for infected files
 * @throws HttpError 503 when the scanner is unavailable and the policy refuses
 */
export async function scanAttachments(
  scanFile: ScanFile,
  policy: ScanUnavailablePolicy,
  envelope: Envelope,
  files: readonly ReceivedFile[],
  warn: (message: string) => void,
): Promise<{ results: Map<string, StoredScanResult>; errors: ValidationError[] }> {
  const results = new Map<string, StoredScanResult>();
  const errors: ValidationError[] = [];
  for (const attachment of envelope.attachments) {
    const file = files.find((candidate) => candidate.id === attachment.id);
    if (!file) continue;
    const verdict = await askScanner(scanFile, { name: attachment.name, bytes: file.bytes });
    if (verdict.verdict === 'infected') {
      // The signature name is the scanner's, not the sender's: safe to log; the file's name is not logged.
      warn(`Malware scan: an attachment of form "${envelope.formId}" matched ${verdict.signature}; the submission was refused.`);
      errors.push({
        field: attachment.field,
        target: 'field',
        rule: 'fileInfected',
        params: { name: attachment.name },
        messageKey: 'validation.fileInfected',
      });
    } else if (verdict.verdict === 'unavailable') {
      warn(
        `Malware scan unavailable (${verdict.reason}); ${policy === 'refuse' ? 'the submission was refused with 503' : 'the file is stored flagged as unscanned'}.`,
      );
      if (policy === 'refuse') {
        throw new HttpError(503, 'scan-unavailable', 'Attachments cannot be checked for malware right now; please try again shortly.', {
          headers: { 'Retry-After': String(SCAN_UNAVAILABLE_RETRY_AFTER_SECONDS) },
        });
      }
      results.set(attachment.id, 'unavailable');
    } else {
      results.set(attachment.id, 'clean');
    }
  }
  return { results, errors };
}
