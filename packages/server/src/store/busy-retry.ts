import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreBusy } from './submission-store.js';

/** How long (ms) a store call keeps retrying a locked database before giving up with `StoreBusy`. */
export const MAX_BUSY_WAIT_MS = 2000;

/** The first back-off (ms) after a locked attempt; it doubles up to `MAX_BACKOFF_MS`. */
const FIRST_BACKOFF_MS = 5;
const MAX_BACKOFF_MS = 200;

/**
 * Runs `attempt` until it does not fail with a lock error, waiting between attempts without
 * holding the event loop (5, 10, 20 … 200 ms), for at most `maxWaitMs` in all.
 *
 * @param isBusy - whether an error means "locked, try again" (e.g. SQLITE_BUSY)
 * @throws StoreBusy when the database stayed locked for `maxWaitMs`
 * @throws whatever `attempt` throws otherwise
 */
export async function retryWhileBusy<T>(
  attempt: () => T | Promise<T>,
  isBusy: (error: unknown) => boolean,
  maxWaitMs = MAX_BUSY_WAIT_MS,
): Promise<T> {
  const started = performance.now();
  let backoff = FIRST_BACKOFF_MS;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error)) throw error;
      const waited = performance.now() - started;
      if (waited >= maxWaitMs) throw new StoreBusy(waited);
      await sleep(Math.min(backoff, maxWaitMs - waited));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}
