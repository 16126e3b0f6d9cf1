import { connect, type Socket } from 'node:net';
import type { ScanFile, ScanVerdict } from './scan-file.js';

/** Where clamd listens: TCP (`host`, `port`) or a Unix socket (`path`). */
export type ClamdAddress = { host: string; port: number } | { path: string };

export interface ClamdOptions {
  /** How long one scan may take in all (connect, send, verdict), in ms; then `unavailable`. Default 30 000. */
  timeoutMs?: number;
  /** Bytes per INSTREAM chunk; clamd's `StreamMaxLength` bounds the total. Default 64 KiB. */
  chunkBytes?: number;
}

/** The longest answer read from clamd; its verdicts are one line (a signature name is far shorter). */
const MAX_ANSWER_CHARS = 1024;

/**
 * Parses `tcp://host:port`, `host:port` or `unix:/path` (or an absolute socket path) into a clamd
 * address, as `WMEBV_CLAMD` takes it.
 *
 * @throws Error naming the accepted forms when `text` is none of them
 */
export function parseClamdAddress(text: string): ClamdAddress {
  if (text.startsWith('unix:')) return { path: text.slice('unix:'.length) };
  if (text.startsWith('/')) return { path: text };
  const match = /^(?:tcp:\/\/)?(\[[^\]]+\]|[^:/]+):(\d{1,5})\/?$/.exec(text);
  const port = match ? Number(match[2]) : 0;
  if (!match || port < 1 || port > 65535) throw new Error('expected tcp://host:port, host:port, unix:/path or an absolute socket path');
  return { host: match[1]!.replace(/^\[|\]$/g, ''), port };
}

/**
 * A `scanFile` hook that asks ClamAV's daemon with the INSTREAM command (clamd(8)): `zINSTREAM\0`,
 * then the file as chunks each prefixed by its length (4 bytes, network order), then a zero length;
 * clamd answers `stream: OK`, `stream: <signature> FOUND` or `<message> ERROR`. One connection per
 * file. Never throws: an unreachable daemon, a timeout, a size-limit or other error is `unavailable`.
 * (Written for this one exchange rather than with an npm client: those also look for local
 * `clamscan` binaries and configuration files, which a server behind a scan service has not.)
 */
export function clamdScanner(address: ClamdAddress, options: ClamdOptions = {}): ScanFile {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  return ({ bytes }) =>
    new Promise<ScanVerdict>((resolve) => {
      let answer = '';
      let settled = false;
      const socket: Socket = 'path' in address ? connect(address.path) : connect(address.port, address.host);
      const finish = (verdict: ScanVerdict): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        resolve(verdict);
      };
      const timer = setTimeout(() => finish({ verdict: 'unavailable', reason: `clamd gave no verdict within ${timeoutMs} ms` }), timeoutMs);
      socket.on('error', (error: NodeJS.ErrnoException) => finish({ verdict: 'unavailable', reason: `clamd: ${error.code ?? error.name}` }));
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString('utf8');
        if (answer.includes('\0')) finish(verdictOf(answer.slice(0, answer.indexOf('\0'))));
        // clamd's answers are one short line: a peer that sends more is not clamd (or is broken).
        else if (answer.length > MAX_ANSWER_CHARS)
          finish({ verdict: 'unavailable', reason: `clamd answered more than ${MAX_ANSWER_CHARS} characters without a verdict` });
      });
      socket.on('end', () =>
        finish(answer ? verdictOf(answer) : { verdict: 'unavailable', reason: 'clamd closed the connection without a verdict' }),
      );
      socket.on('connect', () => {
        socket.write('zINSTREAM\0');
        for (let offset = 0; offset < bytes.length; offset += chunkBytes) {
          const chunk = bytes.subarray(offset, offset + chunkBytes);
          const length = Buffer.alloc(4);
          length.writeUInt32BE(chunk.length);
          socket.write(length);
          socket.write(chunk);
        }
        socket.end(Buffer.alloc(4)); // a zero length ends the stream
      });
    });
}

/** `stream: OK`, `stream: Eicar-Test-Signature FOUND`, `INSTREAM size limit exceeded. ERROR`. */
function verdictOf(answer: string): ScanVerdict {
  const text = answer.trim();
  if (/^(stream: )?OK$/.test(text)) return { verdict: 'clean' };
  const found = /^(?:stream: )?(.+) FOUND$/.exec(text);
  if (found) return { verdict: 'infected', signature: found[1]!.replace(/[^\w.:-]/g, '_').slice(0, 200) };
  return { verdict: 'unavailable', reason: `clamd answered: ${text.replace(/[^\w .:-]/g, '_').slice(0, 200)}` };
}
