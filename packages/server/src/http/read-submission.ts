import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';
import { MAX_JSON_BYTES, readJsonBody } from './read-json.js';
import { readMultipartBody, type MultipartLimits, type ReceivedFile } from './read-multipart.js';

/** A submission request body: the envelope as parsed JSON (shape not yet checked) and the files. */
export interface SubmissionBody {
  envelope: unknown;
  files: ReceivedFile[];
}

/**
 * Reads a submission body in either form DESIGN.md allows: `application/json` (the envelope, no
 * files) or `multipart/form-data` (a `submission` part and one part per file). Any other content
 * type fails with 400.
 */
export async function readSubmissionBody(req: IncomingMessage, limits: Omit<MultipartLimits, 'fieldSize'>): Promise<SubmissionBody> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    return { envelope: await readJsonBody(req), files: [] };
  }
  if (type === 'multipart/form-data') {
    const { envelopeText, files } = await readMultipartBody(req, { ...limits, fieldSize: MAX_JSON_BYTES });
    try {
      return { envelope: JSON.parse(envelopeText) as unknown, files };
    } catch {
      throw new HttpError(400, 'invalid-json', 'The "submission" part is not valid JSON.');
    }
  }
  throw new HttpError(
    400,
    'unsupported-content-type',
    'Send a submission as application/json, or as multipart/form-data when it has files.',
  );
}
