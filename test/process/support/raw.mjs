// @ts-check
// A raw TCP client for the limit tests: writes bytes when told, records what comes back and when
// the server closes the connection.
import net from 'node:net';

/** @param {string} base e.g. http://127.0.0.1:1234 */
export function connect(base) {
  const url = new URL(base);
  const socket = net.connect(Number(url.port), url.hostname);
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  socket.on('error', () => {});
  const closed = new Promise((resolve) => socket.once('close', () => resolve(undefined)));
  const connected = new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
  return {
    socket,
    connected,
    /** Resolves when the server has closed the connection. */
    closed,
    received: () => received,
    /** Writes unless the connection is gone; returns whether it wrote. */
    write(text) {
      if (socket.destroyed || !socket.writable) return false;
      socket.write(text);
      return true;
    },
  };
}

/**
 * Writes `pieces` one by one every `everyMs` until they run out or the server closes the connection.
 * @param {ReturnType<typeof connect>} client
 * @param {Iterable<string>} pieces
 */
export async function trickle(client, pieces, everyMs) {
  for (const piece of pieces) {
    if (!client.write(piece)) return;
    const stop = await Promise.race([client.closed.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), everyMs))]);
    if (stop) return;
  }
}

/** Waits for `promise`, failing with `what` after `ms`. */
export function within(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms))),
  ]);
}
