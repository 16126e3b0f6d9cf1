import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './http-error.js';

/**
 * Which other origins may use the API from a browser (issue 12 item 7). The page's own origin
 * always may. `'*'` lets every origin in: only for tests and local development.
 */
export type AllowedOrigins = readonly string[] | '*';

/** Headers a cross-origin page may send: the ones the form sends. */
const ALLOWED_HEADERS = 'Content-Type, Idempotency-Key, Accept, Accept-Language';

/** `scheme://host[:port]` of an allowlist entry, so `https://a.nl/` and `https://A.nl` match `https://a.nl`. */
export function normaliseOrigin(origin: string): string {
  return new URL(origin).origin;
}

/**
 * Checks the browser's word on where a request comes from and adds CORS headers for allowed
 * origins. A state-changing request (POST) from another site is refused with 403 unless its origin
 * is on the list: without this a cross-site multipart `<form>` POST (a "simple" request, no
 * preflight) was stored. Requests without `Origin` and `Sec-Fetch-Site` (curl, servers) pass: CSRF
 * needs a browser, and browsers send them.
 *
 * @returns true when the request was a preflight and has been answered
 * @throws HttpError 403 `origin-not-allowed`
 */
export function applyOriginPolicy(req: IncomingMessage, res: ServerResponse, allowed: AllowedOrigins): boolean {
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  const sameOrigin = origin !== undefined && origin !== 'null' && hostOf(origin) === header(req, 'host');
  const listed = origin !== undefined && origin !== 'null' && (allowed === '*' || allowed.some((entry) => safeOrigin(entry) === safeOrigin(origin)));
  if (listed && !sameOrigin) {
    res.setHeader('Access-Control-Allow-Origin', allowed === '*' ? '*' : origin!);
    res.setHeader('Vary', 'Origin');
    // Date and Retry-After go into a refused sender's proof of attempt (Awb 2:21 lid 3).
    res.setHeader('Access-Control-Expose-Headers', 'Date, Retry-After, Location');
  }
  if (req.method === 'OPTIONS' && origin !== undefined && header(req, 'access-control-request-method')) {
    if (!listed && !sameOrigin) throw refused();
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'GET, HEAD, POST',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    });
    res.end();
    return true;
  }
  const safeMethod = req.method === 'GET' || req.method === 'HEAD';
  if (!safeMethod) {
    const crossSite = origin !== undefined ? !sameOrigin : site === 'cross-site' || site === 'same-site';
    if (crossSite && !listed) throw refused();
  }
  return false;
}

function refused(): HttpError {
  return new HttpError(403, 'origin-not-allowed', 'Requests from this origin are not accepted; the form must be on an allowed site.');
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value : undefined;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

function safeOrigin(origin: string): string | undefined {
  try {
    return normaliseOrigin(origin);
  } catch {
    return undefined;
  }
}
