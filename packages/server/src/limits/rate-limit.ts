import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** The outcome of counting one event against a limit. */
export type RateLimitResult = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Counts events per key (a client address, a recipient's digest) within a fixed window. */
export interface RateLimitCounter {
  consume(key: string): Promise<RateLimitResult>;
}

/**
 * Makes the counter of one limit: `name` keeps limits apart in a shared store, `points` events are
 * allowed per `durationMs`. The default keeps counters in memory (one process); with several
 * processes on one database, pass a factory over a shared store, e.g. rate-limiter-flexible's
 * `RateLimiterPostgres` or `RateLimiterSQLite` wrapped with `counterFromLimiter`.
 */
export type RateLimitCounterFactory = (name: string, points: number, durationMs: number) => RateLimitCounter;

/** A counter over any rate-limiter-flexible limiter (memory, SQLite, PostgreSQL, …). */
export function counterFromLimiter(limiter: RateLimiterAbstract): RateLimitCounter {
  return {
    async consume(key) {
      try {
        await limiter.consume(key);
        return { allowed: true };
      } catch (outcome) {
        // The library rejects with a RateLimiterRes when over the limit, with an Error when its store fails.
        if (outcome instanceof RateLimiterRes) return { allowed: false, retryAfterMs: outcome.msBeforeNext };
        throw outcome;
      }
    },
  };
}

/** Counters in this process's memory (rate-limiter-flexible's `RateLimiterMemory`). */
export const memoryCounters: RateLimitCounterFactory = (name, points, durationMs) =>
  counterFromLimiter(new RateLimiterMemory({ keyPrefix: name, points, duration: Math.max(1, Math.ceil(durationMs / 1000)) }));

/** `Retry-After` in whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): string {
  return String(Math.max(1, Math.ceil(ms / 1000)));
}
