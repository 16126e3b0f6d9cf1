import type { ServerResponse } from 'node:http';
import type { HttpError } from './http-error.js';

/**
 * Writes a JSON response. Answers can hold personal data (a receipt repeats the answers), so
 * nothing is cached; `nosniff` keeps browsers from reading JSON as anything else.
 * Does nothing when the response is already under way or the client went away.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.writableEnded || res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

/** Writes `{ error: { code, message, ...details }, ...body }` with the error's status and headers. */
export function sendError(res: ServerResponse, error: HttpError): void {
  const { details, body, headers } = error.extras;
  sendJson(res, error.status, { error: { code: error.code, message: error.message, ...details }, ...body }, headers);
}
