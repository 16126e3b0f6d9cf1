import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The Content-Security-Policy of the form pages and the API (issue 12 item 7): nothing but the
 * page's own origin, no inline script or style, no framing (clickjacking), no `<base>`, no plugins,
 * and Trusted Types for every DOM sink with only Lit's policy `lit-html`. Host pages that load a
 * second copy of Lit need `trusted-types lit-html 'allow-duplicates'` (docs/server.md).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The same policy for Vite's dev server, whose client keeps a WebSocket to it for reloads (`ws:`). */
export const DEV_SERVER_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace("connect-src 'self'", "connect-src 'self' ws:");

/**
 * Every response's security headers: the CSP, no MIME sniffing, no referrer (a form's URL may name
 * a case), no framing for old browsers, an own browsing-context group, and no powerful features.
 *
 * @param options.devServer - allow Vite's reload WebSocket in `connect-src`
 */
export function securityHeaders(options: { devServer?: boolean } = {}): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': options.devServer ? DEV_SERVER_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  };
}

/** Connect-style middleware that sets `securityHeaders(options)` on every response, then passes on. */
export function withSecurityHeaders(options: { devServer?: boolean } = {}) {
  const headers = Object.entries(securityHeaders(options));
  return (_req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}
