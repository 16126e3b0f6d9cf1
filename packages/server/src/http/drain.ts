import type { IncomingMessage } from 'node:http';

/** How much of an unread body is read and dropped after an early answer, at most. */
export const DRAIN_MAX_BYTES = 16 * 1024 * 1024;
/** How long an unread body is drained after an early answer, at most (ms). */
export const DRAIN_MAX_MS = 5_000;

/**
 * After answering before the body was read (413, 429, 503, …): reads and drops the rest of the
 * body, so that a client that sends everything before it reads gets to read the answer. Closing a
 * socket with unread data makes TCP send a reset, and many clients then report a reset instead of
 * the 413 (issue 12 item 9). Bounded: past `maxBytes` or `maxMs` the connection is closed anyway.
 */
export function drainAfterAnswer(req: IncomingMessage, maxBytes = DRAIN_MAX_BYTES, maxMs = DRAIN_MAX_MS): void {
  if (req.complete || req.destroyed) return;
  req.unpipe();
  let drained = 0;
  const timer = setTimeout(() => req.socket.destroy(), maxMs);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > maxBytes) req.socket.destroy();
  });
  req.once('end', () => clearTimeout(timer)).once('close', () => clearTimeout(timer));
  req.resume();
}
