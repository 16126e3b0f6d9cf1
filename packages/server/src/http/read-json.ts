import type { IncomingMessage } from 'node:http';
import { HttpError, tooLarge } from './http-error.js';
import { assertJsonWithinBudget } from './json-budget.js';

/** The largest JSON body the endpoint reads: 1 MiB (1 048 576 bytes). Files travel as multipart. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * Reads and parses a UTF-8 JSON request body of at most `limit` bytes. Over the limit (by
 * `Content-Length` up front, or while reading) it stops reading and fails with 413; a body that is
 * not UTF-8 or not JSON fails with 400.
 *
 * @param limit - the most bytes to read
 */
export async function readJsonBody(req: IncomingMessage, limit = MAX_JSON_BYTES): Promise<unknown> {
  const bytes = await readBody(req, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid-json', 'The request body is not UTF-8 text.');
  }
  assertJsonWithinBudget(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // The parser's message quotes the body: never pass it on or log it.
    throw new HttpError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const overLimit = (): HttpError =>
    tooLarge('payload-too-large', `The request body is larger than ${limit} bytes; send files as multipart/form-data parts.`);
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(overLimit());

  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (error: HttpError | undefined): void => {
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      if (error) {
        req.pause();
        reject(error);
      } else {
        resolve(Buffer.concat(chunks, size));
      }
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) settle(overLimit());
      else chunks.push(chunk);
    };
    const onEnd = (): void => settle(undefined);
    const onAbort = (): void => settle(new HttpError(400, 'request-aborted', 'The request body ended early.'));
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
