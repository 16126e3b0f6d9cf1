import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createReference, envelopeDigest, parseEnvelope, validateSubmission, type Envelope, type Receipt } from '@wmebv/core';
import type { FormVersion } from '../definitions/registry.js';
import { HttpError } from '../http/http-error.js';
import { readSubmissionBody } from '../http/read-submission.js';
import type { ReceivedFile } from '../http/read-multipart.js';
import { IdempotencyKeyTaken, type StoredFile, type SubmissionStore } from '../store/submission-store.js';
import { newStorageKey, type FileStorage } from '../files/file-storage.js';
import { checkReceivedFiles } from './check-files.js';
import { readIdempotencyKey } from './idempotency-key.js';
import type { ReceiptSigner } from '../receipt-keys/signing-key.js';
import { assertBoundedEnvelope, invalidSubmission } from './bound-work.js';
import { checkFileContents } from './check-contents.js';
import { buildReceipt } from './receipt.js';
import { formatReceivedAt } from './received-at.js';
import { uploadLimits } from './upload-limits.js';
import { scanAttachments, type ScanFile, type ScanUnavailablePolicy, type StoredScanResult } from '../scan/scan-file.js';

/** The malware scan of attachments (docs/server.md, "Malware scanning"); none when absent. */
export interface AttachmentScan {
  scanFile: ScanFile;
  unavailable: ScanUnavailablePolicy;
  /** The operator's log (no personal data: never a file name). */
  warn: (message: string) => void;
}

/** The answer to an accepted submission: 201 when stored now, 200 when a retry returns the stored receipt. */
export interface Accepted {
  status: 200 | 201;
  receipt: Receipt;
  /** The envelope as stored (only when stored now), e.g. to find the sender's e-mail address. */
  envelope?: Envelope;
}

/**
 * Receives one submission for the served version of a form: reads the body, checks the envelope's
 * shape, the files against their metadata and the answers against the definition (never trusting
 * the browser), and stores it only when all of that holds. The time of receipt is the server clock
 * when the body has fully arrived (Awb 2:20).
 *
 * @param receivingBody - the body the receipt names (the configured organisation's name)
 * Every file is then scanned for malware when a scanner is configured, before anything is stored.
 *
 * @throws HttpError 400 malformed, 409 another form version, 413 too large, 422 invalid
 *   (`errors` lists every problem at once, in the sender's language; an infected file is a
 *   `fileInfected` error) or idempotency key reused, 503 `scan-unavailable` when the scanner cannot
 *   judge a file and the policy refuses
 */
export async function receiveSubmission(
  req: IncomingMessage,
  form: FormVersion,
  store: SubmissionStore,
  now: () => Date,
  signer: ReceiptSigner,
  fileStorage: FileStorage,
  receivingBody: string = form.definition.organisation.name,
  scan?: AttachmentScan,
): Promise<Accepted> {
  const { definition } = form;
  const idempotencyKey = readIdempotencyKey(req);
  const body = await readSubmissionBody(req, uploadLimits(definition));
  const receivedAt = formatReceivedAt(now());

  assertBoundedEnvelope(body.envelope, definition);
  const parsed = parseEnvelope(body.envelope);
  if (!parsed.ok) {
    throw new HttpError(400, 'invalid-envelope', 'The body is not a submission envelope.', {
      details: { problems: parsed.problems },
    });
  }
  const sent = parsed.envelope;
  const fileErrors = checkReceivedFiles(sent.attachments, body.files);
  const requestDigest = await envelopeDigest(sent);
  const replay = async (): Promise<Accepted | undefined> => {
    const earlier = idempotencyKey === undefined ? undefined : await store.findByIdempotencyKey(definition.id, idempotencyKey);
    if (!earlier) return undefined;
    if (earlier.requestDigest !== requestDigest) {
      throw new HttpError(422, 'idempotency-key-reused', 'This Idempotency-Key was already used for a different submission.');
    }
    return { status: 200, receipt: earlier.receipt };
  };
  // A retry of a stored submission gets its receipt back, even after the form got a new version.
  const earlier = fileErrors.length === 0 ? await replay() : undefined;
  if (earlier) return earlier;

  if (sent.formVersion !== definition.version) {
    throw new HttpError(
      409,
      'form-version-not-served',
      `Version ${sent.formVersion} of form "${definition.id}" is not accepted; the current version is ${definition.version}.`,
      { details: { currentVersion: definition.version } },
    );
  }

  const result = validateSubmission(definition, sent);
  const errors = [...result.errors, ...fileErrors];
  if (errors.length > 0) throw invalidSubmission(definition, errors, sent.locale);
  const contentErrors = await checkFileContents(definition, result.envelope, body.files);
  if (contentErrors.length > 0) throw invalidSubmission(definition, contentErrors, sent.locale);
  const scanned = scan && (await scanAttachments(scan.scanFile, scan.unavailable, result.envelope, body.files, scan.warn));
  if (scanned && scanned.errors.length > 0) throw invalidSubmission(definition, scanned.errors, sent.locale);

  const stored = result.envelope;
  const digest = await envelopeDigest(stored);
  const written = await writeFiles(fileStorage, stored, body.files, now(), scanned?.results);
  try {
    const submission = await store.insertSubmission(
      () => createReference(definition.messageType),
      (reference) => ({
        formVersion: form,
        receivedAt,
        envelope: stored,
        envelopeDigest: digest,
        // The receipt carries its submission's proof-log anchor (docs/server.md, "Proof log").
        sign: (log) => signer.sign(buildReceipt(definition, stored, { reference, receivedAt, digest, log, receivingBody })),
        idempotencyKey,
        requestDigest,
        files: written,
      }),
    );
    return { status: 201, receipt: submission.receipt, envelope: stored };
  } catch (error) {
    // Nothing of a submission that did not commit stays behind.
    await Promise.allSettled(written.map((file) => fileStorage.delete(file.storageKey)));
    // The same key was stored by a request that overtook this one: same answer as a later retry.
    if (error instanceof IdempotencyKeyTaken) return (await replay())!;
    throw error;
  }
}

/**
 * Writes the submission's files to the file storage, durably, and checks each one's SHA-256 as
 * stored, before its row commits (issue 12 item 2); removes what was written when one fails.
 */
async function writeFiles(
  fileStorage: FileStorage,
  stored: Envelope,
  received: readonly ReceivedFile[],
  now: Date,
  scans?: ReadonlyMap<string, StoredScanResult>,
): Promise<StoredFile[]> {
  const files = stored.attachments.map((attachment) => {
    const file = received.find((candidate) => candidate.id === attachment.id)!;
    const scan = scans?.get(attachment.id);
    const record: StoredFile = { ...attachment, size: file.size, sha256: file.sha256, storageKey: newStorageKey(now), ...(scan ? { scan } : {}) };
    return { record, bytes: file.bytes };
  });
  const results = await Promise.allSettled(files.map(({ record, bytes }) => putChecked(fileStorage, record, bytes)));
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) {
    await Promise.allSettled(files.map(({ record }) => fileStorage.delete(record.storageKey)));
    throw failed.reason;
  }
  return files.map(({ record }) => record);
}

/** Writes one file and reads it back: only bytes whose SHA-256 is the one received get a row. */
async function putChecked(fileStorage: FileStorage, record: StoredFile, bytes: Buffer): Promise<void> {
  await fileStorage.put(record.storageKey, bytes);
  const stored = createHash('sha256')
    .update(await fileStorage.get(record.storageKey))
    .digest('hex');
  if (stored !== record.sha256) throw new Error(`The file storage returned other bytes for ${record.storageKey} than were written.`);
}
