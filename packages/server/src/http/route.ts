import type { IncomingMessage } from 'node:http';

/** The endpoints of the intake API. */
export type Route =
  | { kind: 'form'; formId: string }
  | { kind: 'submissions'; formId: string }
  | { kind: 'receipt-key' }
  | { kind: 'log-head' }
  | { kind: 'refusals' }
  | { kind: 'unknown' };

/** Where the intake API lives; everything else is left to the host server. */
export const API_PREFIX = '/api/';

/**
 * The request path without query string. Connect-style hosts that mount middleware under a path
 * strip it from `req.url` and keep the full one in `originalUrl`.
 */
export function requestPath(req: IncomingMessage): string {
  const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  return url.split('?')[0]!;
}

/** Whether the intake API handles this path. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith(API_PREFIX);
}

/** `/api/receipt-key`, `/api/log-head`, `/api/forms/:formId` and `/api/forms/:formId/submissions`; anything else under `/api/` is unknown. */
export function matchRoute(path: string): Route {
  if (/^\/api\/receipt-key\/?$/.test(path)) return { kind: 'receipt-key' };
  if (/^\/api\/log-head\/?$/.test(path)) return { kind: 'log-head' };
  if (/^\/api\/refusals\/?$/.test(path)) return { kind: 'refusals' };
  const match = /^\/api\/forms\/([^/]+)(\/submissions)?\/?$/.exec(path);
  if (!match) return { kind: 'unknown' };
  let formId: string;
  try {
    formId = decodeURIComponent(match[1]!);
  } catch {
    return { kind: 'unknown' };
  }
  return { kind: match[2] ? 'submissions' : 'form', formId };
}
