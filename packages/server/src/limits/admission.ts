import type { IncomingMessage } from 'node:http';
import { HttpError } from '../http/http-error.js';

/** What a request reserves when it declares no length: a JSON envelope's limit. */
const UNKNOWN_LENGTH_RESERVE = 1024 * 1024;

/**
 * Admission control (issue 12 item 3): at most `maxRequests` requests at once and at most
 * `maxUploadBytes` of declared request bodies being received at once. Beyond that a request is
 * refused at once with 503 and `Retry-After` instead of queueing without bound, which is what
 * raised memory from 86 to 452 MiB and pushed real senders' p99 to 22.7 s.
 */
export class Admission {
  #requests = 0;
  #uploadBytes = 0;

  constructor(
    private readonly maxRequests: number,
    private readonly maxUploadBytes: number,
    private readonly retryAfterSeconds: number,
  ) {}

  /**
   * Admits the request or refuses it.
   *
   * @returns the release function: call it once, when the response has finished or the connection closed
   * @throws HttpError 503 `server-busy` with `Retry-After`
   */
  admit(req: IncomingMessage): () => void {
    const declared = Number(req.headers['content-length']);
    const hasBody = req.headers['transfer-encoding'] !== undefined || (Number.isFinite(declared) && declared > 0);
    const bytes = !hasBody ? 0 : Number.isFinite(declared) ? declared : UNKNOWN_LENGTH_RESERVE;
    if (this.#requests >= this.maxRequests || (bytes > 0 && this.#uploadBytes + bytes > this.maxUploadBytes)) {
      throw new HttpError(503, 'server-busy', 'The server is busy; please try again shortly. Your answers are kept.', {
        headers: { 'Retry-After': String(this.retryAfterSeconds), Connection: 'close' },
      });
    }
    this.#requests += 1;
    this.#uploadBytes += bytes;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#requests -= 1;
      this.#uploadBytes -= bytes;
    };
  }

  /** Requests and declared upload bytes in flight now. */
  get inFlight(): { requests: number; uploadBytes: number } {
    return { requests: this.#requests, uploadBytes: this.#uploadBytes };
  }
}
