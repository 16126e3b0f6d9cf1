import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Operator tokens (`/api/admin/`): 32 random bytes, base64url, with a prefix that makes a leaked one
 * easy to recognise in a secret scanner. Only the SHA-256 of a token is configured and kept: with 256
 * bits of entropy a plain hash is enough (no password hashing needed), and a leaked configuration
 * file gives nobody a working token.
 */
export const TOKEN_PREFIX = 'wmebv_';

/** A fresh token, to hand to a back office once; configure only `tokenHash(token)`. */
export function newAdminToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Lower-case hex SHA-256 of a token, as configured. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Whether a presented token's hash equals a configured one, in constant time (both are 32-byte
 * digests, so the comparison never depends on where they differ).
 */
export function sameHash(presentedHash: string, configuredHash: string): boolean {
  const a = Buffer.from(presentedHash, 'hex');
  const b = Buffer.from(configuredHash, 'hex');
  return a.length === 32 && b.length === 32 && timingSafeEqual(a, b);
}
