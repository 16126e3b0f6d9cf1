import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/http-error.js';

/** Visible ASCII, 1 to 255 characters: a UUID, a ULID or any opaque token fits. */
const KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The `Idempotency-Key` request header (IETF draft-ietf-httpapi-idempotency-key-header), which
 * lets a sender retry after a network failure without sending twice; undefined when absent.
 *
 * @throws HttpError 400 when it is present but empty, too long or not visible ASCII
 */
export function readIdempotencyKey(req: IncomingMessage): string | undefined {
  const header = req.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? undefined : header.trim().replace(/^"(.*)"$/, '$1');
  if (key === undefined || !KEY.test(key)) {
    throw new HttpError(400, 'invalid-idempotency-key', 'Idempotency-Key must be one value of 1 to 255 visible ASCII characters.');
  }
  return key;
}
