import { is32BytesOfBase64Url, toBase64Url } from '../crypto/base64url.js';
import { sha256 } from '../crypto/sha256.js';
import { canonicalJson } from '../submission/canonical.js';
import * as z from '../zod.js';

export { isReceiptPublicKey } from './key-check.js';

/** 32 bytes, base64url: an Ed25519 public or private key (RFC 8037). */
const Ed25519Bytes = z.string().check(z.refine(is32BytesOfBase64Url, 'not 32 bytes of base64url'));

/** A public Ed25519 key as a JWK (RFC 8037): what `GET /api/receipt-key` publishes. */
export const ReceiptPublicKeySchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  /** The 32-byte public key, base64url. */
  x: Ed25519Bytes,
  /** Key id: the receipt's `kid` names it. */
  kid: z.string().check(z.minLength(1)),
  alg: z.optional(z.enum(['EdDSA', 'Ed25519'])),
  use: z.optional(z.literal('sig')),
});
export type ReceiptPublicKey = z.infer<typeof ReceiptPublicKeySchema>;

/** A JWK Set (RFC 7517 §5). Its members are checked one by one when a receipt names them. */
export interface ReceiptKeySet {
  keys: ReceiptPublicKey[];
}

/**
 * The receipt signing key as the server reads it from its key file: an Ed25519 private JWK
 * (RFC 8037). `kid` defaults to the RFC 7638 thumbprint of the public key (`jwkThumbprint`).
 */
export const ReceiptPrivateKeySchema = z.object({
  kty: z.literal('OKP'),
  crv: z.literal('Ed25519'),
  /** Private key, base64url. */
  d: Ed25519Bytes,
  /** Public key, base64url. */
  x: Ed25519Bytes,
  kid: z.optional(z.string().check(z.minLength(1))),
});
export type ReceiptPrivateKey = z.infer<typeof ReceiptPrivateKeySchema>;

/**
 * Checks a private signing key (the key file's JSON). Never throws.
 *
 * @returns the key, or the first problem as `member: why` (never the key's value)
 */
export function parseReceiptPrivateKey(value: unknown): { ok: true; key: ReceiptPrivateKey } | { ok: false; problem: string } {
  const result = ReceiptPrivateKeySchema.safeParse(value);
  if (result.success) return { ok: true, key: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: `${issue.path.map(String).join('.') || '(the whole key)'}: ${issue.message}` };
}

/**
 * The RFC 7638 JWK thumbprint of an Ed25519 key (SHA-256 over the canonical `{crv, kty, x}`,
 * base64url): a key id that anyone can recompute from the key itself. The only thumbprint function:
 * the server names its signing keys with it too.
 */
export async function jwkThumbprint(key: { crv: string; kty: string; x: string }): Promise<string> {
  const members = canonicalJson({ crv: key.crv, kty: key.kty, x: key.x });
  return toBase64Url(await sha256(members));
}
