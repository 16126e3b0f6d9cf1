import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

/**
 * Which request paths a development server (Vite) may answer. Everything else gets 404 before the
 * dev server sees it: Vite serves every file under its root and, through `/@fs/`, beyond it, so
 * without this the demo served its signing key, database, WAL, outbox, config and lockfile
 * (issue 12 item 1). Vite's own `server.fs.deny`/`server.fs.allow` are the second guard.
 */
export interface ServeAllowlist {
  /** Paths answered as they are, e.g. `/`, `/index.html`, `/outages.json`. */
  exact: readonly string[];
  /** Path prefixes ending in `/`, e.g. `/demo/`, `/packages/components/src/`, `/node_modules/`, `/api/`. */
  prefixes: readonly string[];
  /** File names refused anywhere, even under an allowed prefix (keys, databases, mail, env files). */
  deniedNames?: RegExp;
}

/** Names never served, whatever the folder: databases and their journals, keys, mail, env files, lockfiles. */
export const DENIED_NAMES = /(\.sqlite|\.db|-wal|-shm|-journal|\.eml|\.pem|\.key|\.jwk|key[^/]*\.json|\.env(\.[^/]*)?|lock\.ya?ml|-lock\.json)$/i;

/** The decoded, normalised path of a request, or undefined when it is malformed or climbs out (`..`, NUL, backslash). */
export function safeRequestPath(url: string | undefined): string | undefined {
  const raw = (url ?? '/').split(/[?#]/)[0]!;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\0\\]/.test(decoded) || decoded.split('/').includes('..')) return undefined;
  return path.posix.normalize(decoded);
}

/** Whether the allowlist lets this request path through. */
export function isServable(url: string | undefined, allowlist: ServeAllowlist): boolean {
  const pathname = safeRequestPath(url);
  if (!pathname) return false;
  if ((allowlist.deniedNames ?? DENIED_NAMES).test(pathname)) return false;
  return allowlist.exact.includes(pathname) || allowlist.prefixes.some((prefix) => pathname.startsWith(prefix));
}

/**
 * Connect-style middleware: passes allowed paths to `next`, answers anything else 404 with no body
 * worth reading. Mount it before everything else.
 */
export function serveAllowlist(allowlist: ServeAllowlist) {
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (isServable((req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url, allowlist)) {
      next();
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
    res.end('Not found.\n');
  };
}
