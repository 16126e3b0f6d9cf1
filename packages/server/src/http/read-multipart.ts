import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { HttpError, tooLarge } from './http-error.js';

/** A file part as received: its part name (the attachment id), and the size and SHA-256 the server computed. */
export interface ReceivedFile {
  /** The multipart part name, which is the attachment id in the envelope. */
  id: string;
  /** Bytes actually received. */
  size: number;
  /** Lower-case hex SHA-256 of the bytes actually received. */
  sha256: string;
  bytes: Buffer;
}

/** Limits on a multipart body; reading stops when one is exceeded. */
export interface MultipartLimits {
  /** Largest single file, in bytes. */
  fileSize: number;
  /** Most file parts. */
  files: number;
  /** Largest `submission` part (the envelope JSON), in bytes. */
  fieldSize: number;
}

/** The name of the part that carries the envelope JSON (docs/design.md, "The submission envelope"). */
export const ENVELOPE_PART = 'submission';

/**
 * Streams a `multipart/form-data` body with busboy: the `submission` part as text, every file part
 * hashed (SHA-256) and counted as it arrives. Fails with 413 on a limit (and stops reading), with
 * 400 on a malformed body, a missing `submission` part or any other non-file part.
 */
export function readMultipartBody(req: IncomingMessage, limits: MultipartLimits): Promise<{ envelopeText: string; files: ReceivedFile[] }> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // busboy signals a size limit when a part *reaches* it: one byte more lets exactly the limit
        // through. Files and fields are counted separately, so no parts limit is needed.
        limits: { fileSize: limits.fileSize + 1, files: limits.files, fields: 1, fieldSize: limits.fieldSize + 1 },
      });
    } catch {
      reject(new HttpError(400, 'invalid-multipart', 'The multipart/form-data header has no usable boundary.'));
      return;
    }

    let envelopeText: string | undefined;
    const files: ReceivedFile[] = [];
    let pending = 0;
    let parsed = false;
    let failed = false;

    const fail = (error: HttpError): void => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.pause();
      parser.removeAllListeners();
      parser.on('error', () => {}); // late parser errors after giving up are of no interest
      reject(error);
    };
    const finishIfDone = (): void => {
      if (failed || !parsed || pending > 0) return;
      if (envelopeText === undefined) {
        fail(new HttpError(400, 'invalid-multipart', `The multipart body has no "${ENVELOPE_PART}" part with the envelope.`));
        return;
      }
      resolve({ envelopeText, files });
    };

    parser.on('field', (name, value, info) => {
      if (name !== ENVELOPE_PART || envelopeText !== undefined) {
        fail(new HttpError(400, 'invalid-multipart', `Only one non-file part, "${ENVELOPE_PART}", is allowed.`));
      } else if (info.valueTruncated) {
        fail(tooLarge('payload-too-large', `The "${ENVELOPE_PART}" part is larger than ${limits.fieldSize} bytes.`));
      } else {
        envelopeText = value;
      }
    });
    parser.on('file', (name, stream) => {
      pending += 1;
      const hash = createHash('sha256');
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
        chunks.push(chunk);
      });
      stream.on('limit', () => {
        stream.resume();
        fail(tooLarge('attachment-too-large', `A file is larger than ${limits.fileSize} bytes, the most this form accepts.`));
      });
      stream.on('error', () => fail(new HttpError(400, 'invalid-multipart', 'A file part ended early.')));
      stream.on('end', () => {
        pending -= 1;
        if (!failed) files.push({ id: name, size, sha256: hash.digest('hex'), bytes: Buffer.concat(chunks, size) });
        finishIfDone();
      });
    });
    parser.on('fieldsLimit', () => fail(new HttpError(400, 'invalid-multipart', `Only one non-file part, "${ENVELOPE_PART}", is allowed.`)));
    parser.on('filesLimit', () => fail(tooLarge('too-many-files', `More than ${limits.files} files: more than this form accepts.`)));
    parser.on('error', () => fail(new HttpError(400, 'invalid-multipart', 'The multipart/form-data body is malformed.')));
    parser.on('close', () => {
      parsed = true;
      finishIfDone();
    });
    req.on('error', () => fail(new HttpError(400, 'request-aborted', 'The request body ended early.')));
    req.on('close', () => {
      if (!req.complete) fail(new HttpError(400, 'request-aborted', 'The request body ended early.'));
    });
    req.pipe(parser);
  });
}
