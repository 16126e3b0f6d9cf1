/** What an `HttpError` adds to the plain `{ error: { code, message } }` answer. */
export interface HttpErrorExtras {
  /** Extra members of the `error` object, e.g. the envelope's structural `problems`. */
  details?: Record<string, unknown>;
  /** Extra top-level members of the body beside `error`, e.g. a 422's `errors`. */
  body?: Record<string, unknown>;
  /** Extra response headers, e.g. `Allow` or `Connection: close` after an unread body. */
  headers?: Record<string, string>;
}

/**
 * A request the endpoint refuses, as data: the HTTP status, a stable machine-readable `code` and
 * a developer-facing `message` (English, never quoting request content). `sendError` turns it into
 * the JSON body `{ error: { code, message, ...details }, ...body }`.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extras: HttpErrorExtras = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** A 413 for a body over a limit: reading stops; the rest is drained (bounded) so the client can read the answer. */
export function tooLarge(code: string, message: string): HttpError {
  return new HttpError(413, code, message);
}
