/** The operator's endpoints under `/api/admin/` (docs/server.md, "The operator's side"). */
export type AdminRoute =
  | { kind: 'list' }
  | { kind: 'export' }
  | { kind: 'submission'; reference: string }
  | { kind: 'attachment'; reference: string; attachmentId: string }
  | { kind: 'taken-over'; reference: string }
  | { kind: 'proof'; reference: string }
  | { kind: 'verify-log' }
  | { kind: 'outages' }
  | { kind: 'unknown' };

export const ADMIN_PREFIX = '/api/admin';

/** Whether a path is the operator's (every such path needs a token, even unknown ones). */
export function isAdminPath(path: string): boolean {
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
}

/** The route of an admin path; `unknown` for anything else (answered 404 after the token check). */
export function matchAdminRoute(path: string): AdminRoute {
  const parts = path.slice(ADMIN_PREFIX.length).split('/').filter(Boolean);
  let decoded: string[];
  try {
    decoded = parts.map((part) => decodeURIComponent(part));
  } catch {
    return { kind: 'unknown' };
  }
  const [first, reference, third, attachmentId, ...rest] = decoded;
  if (rest.length > 0) return { kind: 'unknown' };
  if (first === 'submissions') {
    if (reference === undefined) return { kind: 'list' };
    if (third === undefined) return { kind: 'submission', reference };
    if (third === 'attachments' && attachmentId !== undefined) return { kind: 'attachment', reference, attachmentId };
    if (attachmentId !== undefined) return { kind: 'unknown' };
    if (third === 'taken-over') return { kind: 'taken-over', reference };
    if (third === 'proof') return { kind: 'proof', reference };
    return { kind: 'unknown' };
  }
  if (reference !== undefined) return first === 'log' && reference === 'verify' && third === undefined ? { kind: 'verify-log' } : { kind: 'unknown' };
  if (first === 'export') return { kind: 'export' };
  if (first === 'outages') return { kind: 'outages' };
  return { kind: 'unknown' };
}

/** Which method each route takes. */
export function adminMethod(route: AdminRoute): 'GET' | 'POST' {
  return route.kind === 'taken-over' ? 'POST' : 'GET';
}
