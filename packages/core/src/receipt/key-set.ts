import { canonicalize } from 'json-canonicalize';
import { fromBase64Url, toBase64Url } from './base64url.js';

/** A public Ed25519 key as a JWK (RFC 8037): what `GET /api/receipt-key` publishes. */
export interface ReceiptPublicKey {
  kty: 'OKP';
  crv: 'Ed25519';
  /** The 32-byte public key, base64url. */
  x: string;
  /** Key id: the receipt's `kid` names it. */
  kid: string;
  alg?: 'EdDSA' | 'Ed25519';
  use?: 'sig';
}

/** A JWK Set (RFC 7517 §5). */
export interface ReceiptKeySet {
  keys: ReceiptPublicKey[];
}

/** Whether `value` is a usable public Ed25519 JWK with a key id. */
export function isReceiptPublicKey(value: unknown): value is ReceiptPublicKey {
  if (typeof value !== 'object' || value === null) return false;
  const key = value as Record<string, unknown>;
  return (
    key['kty'] === 'OKP' &&
    key['crv'] === 'Ed25519' &&
    typeof key['x'] === 'string' &&
    fromBase64Url(key['x'])?.length === 32 &&
    typeof key['kid'] === 'string' &&
    key['kid'].length > 0
  );
}

/**
 * The RFC 7638 JWK thumbprint of an Ed25519 key (SHA-256 over the canonical `{crv, kty, x}`,
 * base64url): a key id that anyone can recompute from the key itself.
 */
export async function jwkThumbprint(key: { crv: string; kty: string; x: string }): Promise<string> {
  const members = canonicalize({ crv: key.crv, kty: key.kty, x: key.x });
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(members));
  return toBase64Url(new Uint8Array(hash));
}
