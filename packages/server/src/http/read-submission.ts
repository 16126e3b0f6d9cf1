import type { IncomingMessage } from 'node:http';
import { HttpError } from './http-error.js';
import { assertJsonWithinBudget } from './json-budget.js';
import { MAX_JSON_BYTES, readJsonBody } from './read-json.js';
import { readMultipartBody, type MultipartLimits, type ReceivedFile } from './read-multipart.js';

/** A submission request body: the envelope as parsed JSON (shape not yet checked) and the files. */
export interface SubmissionBody {
  envelope: unknown;
  files: ReceivedFile[];
}

/**
 * Reads a submission body in either form docs/design.md allows: `application/json` (the envelope, no
 * files) or `multipart/form-data` (a `submission` part and one part per file). Any other content
 * type fails with 400.
 */
export async function readSubmissionBody(req: IncomingMessage, limits: Omit<MultipartLimits, 'fieldSize'>): Promise<SubmissionBody> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // JSON is UTF-8 (RFC 8259 section 8.1); anything else declared would be read wrongly (item 9).
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpError(415, 'unsupported-charset', 'Send the submission as UTF-8 (charset=utf-8, or no charset).');
  }
  if (type === 'application/json') {
    return { envelope: await readJsonBody(req), files: [] };
  }
  if (type === 'multipart/form-data') {
    const { envelopeText, files } = await readMultipartBody(req, { ...limits, fieldSize: MAX_JSON_BYTES });
    assertJsonWithinBudget(envelopeText);
    try {
      return { envelope: JSON.parse(envelopeText) as unknown, files };
    } catch {
      throw new HttpError(400, 'invalid-json', 'The "submission" part is not valid JSON.');
    }
  }
  throw new HttpError(400, 'unsupported-content-type', 'Send a submission as application/json, or as multipart/form-data when it has files.');
}
