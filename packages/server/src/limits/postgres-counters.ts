import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { counterFromLimiter, type RateLimitCounterFactory } from './rate-limit.js';

/** The table the counters live in (made by migration 7, so that processes starting together do not race to create it). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/**
 * Rate-limit counters in PostgreSQL (rate-limiter-flexible's `RateLimiterPostgres`), shared by
 * every process on one database: behind a load balancer a client gets its 20 submissions per
 * window in all, not 20 per process (issue 12 item 3). Keys are stored as SHA-256 digests (a client
 * address is personal data; rows expire with their window and are cleared hourly). A small pool of
 * its own (2 connections) keeps counting apart from the submissions' transactions.
 */
export function postgresCounters(databaseUrl: string): { counters: RateLimitCounterFactory; close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2, connectionTimeoutMillis: 2_000 });
  pool.on('error', () => undefined); // an idle connection dropped by the server: the next query reconnects
  const counters: RateLimitCounterFactory = (name, points, durationMs) => {
    const counter = counterFromLimiter(
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true,
        clearExpiredByTimeout: true,
        keyPrefix: name,
        points,
        duration: Math.max(1, Math.ceil(durationMs / 1000)),
      }),
    );
    return { consume: (key) => counter.consume(createHash('sha256').update(key).digest('hex')) };
  };
  return { counters, close: () => pool.end() };
}
