/**
 * Limits on connections, slow clients and volume (issue 12 item 3), all configurable. Times in
 * milliseconds, sizes in bytes. The defaults are the issue's: a real sender on a slow mobile line
 * (10 MiB at 8 KiB/s takes about 21 minutes) still gets through; a slowloris does not.
 */
export interface ServerLimits {
  /** Request headers must be complete within this time (Node's `headersTimeout`). */
  headersTimeoutMs: number;
  /** How often Node checks `headersTimeout` (`connectionsCheckingInterval`). */
  connectionsCheckingIntervalMs: number;
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: number;
  /** A request body must arrive at least this fast, averaged over `bodyRateWindowMs` (bytes per second). */
  minBodyBytesPerSecond: number;
  /** The window over which the body rate is averaged; a body is never judged before it has run this long. */
  bodyRateWindowMs: number;
  /** Requests handled at once; more get 503 with `Retry-After` instead of queueing without bound. */
  maxConcurrentRequests: number;
  /** Declared request body bytes being received at once; more get 503 with `Retry-After`. */
  maxUploadBytesInFlight: number;
  /** `Retry-After` of a 503 for a full server, seconds. */
  busyRetryAfterSeconds: number;
  /** Submissions one client address may send per `submissionWindowMs`; more get 429 with `Retry-After`. */
  submissionsPerClient: number;
  submissionWindowMs: number;
  /** Receipt e-mails to one address per `mailRecipientWindowMs`; more are not sent (the receipt on screen is). */
  mailsPerRecipient: number;
  mailRecipientWindowMs: number;
  /** Receipt e-mails one client address may cause per `mailClientWindowMs`. */
  mailsPerClient: number;
  mailClientWindowMs: number;
}

export const DEFAULT_LIMITS: Readonly<ServerLimits> = {
  headersTimeoutMs: 10_000,
  connectionsCheckingIntervalMs: 2_000,
  keepAliveTimeoutMs: 5_000,
  minBodyBytesPerSecond: 8 * 1024,
  bodyRateWindowMs: 30_000,
  maxConcurrentRequests: 100,
  maxUploadBytesInFlight: 64 * 1024 * 1024,
  busyRetryAfterSeconds: 5,
  submissionsPerClient: 20,
  submissionWindowMs: 10 * 60_000,
  mailsPerRecipient: 3,
  mailRecipientWindowMs: 60 * 60_000,
  mailsPerClient: 10,
  mailClientWindowMs: 60 * 60_000,
};

/** The defaults with the given values over them; other members of `limits` are ignored. */
export function resolveLimits(limits: Partial<ServerLimits> = {}): ServerLimits {
  const given = limits as Record<string, unknown>;
  const chosen = Object.keys(DEFAULT_LIMITS).filter((key) => typeof given[key] === 'number');
  return { ...DEFAULT_LIMITS, ...Object.fromEntries(chosen.map((key) => [key, given[key]])) };
}

/**
 * The Node `http.Server` options for these limits. `requestTimeout` is off: a total time limit would
 * cut off a large upload over a slow line; the minimum body rate (`watchBodyRate`) takes its place.
 */
export function httpServerOptions(limits: ServerLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: 0,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
  };
}
