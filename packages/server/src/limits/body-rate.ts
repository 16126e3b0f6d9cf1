import type { IncomingMessage, ServerResponse } from 'node:http';

/** Samples per window: the rate is judged on what arrived over the last window, in these steps. */
const STEPS_PER_WINDOW = 6;

/**
 * Enforces a minimum request body rate (issue 12 item 3): once a body has been arriving for
 * `windowMs`, the bytes of the last `windowMs` must be at least `minBytesPerSecond × windowMs`.
 * A slow but steady upload passes however long it takes (10 MiB over a slow mobile line takes
 * minutes); a body slowloris trickling a byte now and then is answered 408 and closed.
 *
 * Counts the socket's bytes (`socket.bytesRead`), so it never changes how the body is read.
 *
 * @param onTooSlow - called once when the rate falls short (answer and close there)
 */
export function watchBodyRate(req: IncomingMessage, minBytesPerSecond: number, windowMs: number, onTooSlow: () => void): void {
  if (minBytesPerSecond <= 0 || windowMs <= 0) return;
  const socket = req.socket;
  const samples: { at: number; bytes: number }[] = [{ at: Date.now(), bytes: socket.bytesRead }];
  const needed = (minBytesPerSecond * windowMs) / 1000;
  const timer = setInterval(
    () => {
      if (req.complete || req.destroyed) return stop();
      const now = Date.now();
      samples.push({ at: now, bytes: socket.bytesRead });
      // The oldest sample still within one window (plus a step) of now is the window's start.
      while (samples.length > 2 && now - samples[1]!.at >= windowMs) samples.shift();
      const start = samples[0]!;
      if (now - start.at < windowMs) return;
      if (socket.bytesRead - start.bytes < needed) {
        stop();
        onTooSlow();
      }
    },
    Math.max(10, Math.floor(windowMs / STEPS_PER_WINDOW)),
  );
  timer.unref();
  const stop = (): void => {
    clearInterval(timer);
    req.off('end', stop).off('close', stop);
  };
  req.once('end', stop).once('close', stop);
}

/** Answers 408 for a body that arrived too slowly and closes the connection. */
export function answerTooSlow(res: ServerResponse): void {
  if (!res.headersSent) {
    const body = JSON.stringify({ error: { code: 'body-too-slow', message: 'The request body arrived too slowly.' } });
    res.writeHead(408, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)), Connection: 'close' });
    res.end(body);
  }
  res.socket?.destroySoon?.();
  setTimeout(() => res.socket?.destroy(), 1000).unref();
}
