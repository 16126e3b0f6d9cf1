import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/http-error.js';
import { Admission } from './admission.js';
import { answerTooSlow, watchBodyRate } from './body-rate.js';
import { clientAddressResolver } from './client-address.js';
import { ReceiptMailLimits } from './mail-limits.js';
import { memoryCounters, retryAfterSeconds, type RateLimitCounter, type RateLimitCounterFactory } from './rate-limit.js';
import { RefusalCounter } from './refusals.js';
import type { ServerLimits } from './server-limits.js';

/**
 * The per-request limits of issue 12 item 3 in one place, for the intake handler: admission (503),
 * the minimum body rate (408), the per-client submission limit (429), and the count of refusals.
 */
export class RequestGuards {
  readonly refusals = new RefusalCounter();
  readonly clientAddress: (req: IncomingMessage) => string;
  readonly #admission: Admission;
  readonly #submissions: RateLimitCounter;
  readonly mail: ReceiptMailLimits;

  constructor(
    private readonly limits: ServerLimits,
    trustedProxies: readonly string[],
    counters: RateLimitCounterFactory = memoryCounters,
  ) {
    this.clientAddress = clientAddressResolver(trustedProxies);
    this.#admission = new Admission(limits.maxConcurrentRequests, limits.maxUploadBytesInFlight, limits.busyRetryAfterSeconds);
    this.#submissions = counters('submissions-per-client', limits.submissionsPerClient, limits.submissionWindowMs);
    this.mail = new ReceiptMailLimits(limits, counters);
  }

  /**
   * Admits a request (or throws 503) and starts watching its body rate; releases its place when
   * the response has finished or the connection closed.
   *
   * @throws HttpError 503 `server-busy`
   */
  admit(req: IncomingMessage, res: ServerResponse): void {
    const release = this.#admission.admit(req);
    res.once('finish', release).once('close', release);
    if (req.method === 'POST' || req.method === 'PUT') {
      watchBodyRate(req, this.limits.minBodyBytesPerSecond, this.limits.bodyRateWindowMs, () => {
        this.refusals.count(408, 'body-too-slow');
        answerTooSlow(res);
      });
    }
  }

  /**
   * Counts one submission against its client's limit.
   *
   * @throws HttpError 429 `rate-limited` with `Retry-After`
   */
  async countSubmission(req: IncomingMessage): Promise<void> {
    const outcome = await this.#submissions.consume(this.clientAddress(req));
    if (outcome.allowed) return;
    throw new HttpError(429, 'rate-limited', 'Too many submissions from this address; please try again later. Your answers are kept.', {
      headers: { 'Retry-After': retryAfterSeconds(outcome.retryAfterMs), Connection: 'close' },
    });
  }

  /** Counts a refusal answered by the handler (429, 503). */
  refused(error: HttpError): void {
    if (error.status === 429 || error.status === 503) this.refusals.count(error.status, error.code);
  }

  get inFlight(): { requests: number; uploadBytes: number } {
    return this.#admission.inFlight;
  }
}
