import { canonicalJson } from '@wmebv/core';
import { createPublicKey, verify } from 'node:crypto';
import type { ReceiptPublicKey } from '@wmebv/core';
import type { LogAnchor } from './entry.js';

/**
 * The signed head of the proof log, published so that anyone holding it can later show that the
 * chain up to it was not shortened or rewritten. A typed payload (`type: "log-head"`) with the key
 * id, signed with the receipt key: it never verifies as a receipt (it has none of a receipt's members).
 */
export interface LogHead {
  type: 'log-head';
  seq: number;
  hash: string;
  /** ISO 8601 with offset. */
  signedAt: string;
  kid: string;
  /** Ed25519 (base64url) over the RFC 8785 canonical JSON of the members above. */
  signature: string;
}

/** The bytes a head's signature covers. */
export function logHeadSigningInput(head: Omit<LogHead, 'signature'>): Uint8Array {
  const { type, seq, hash, signedAt, kid } = head;
  return new TextEncoder().encode(canonicalJson({ type, seq, hash, signedAt, kid }));
}

/** Whether a head is signed by the key its `kid` names in `keys`. */
export function verifyLogHead(head: LogHead, keys: readonly ReceiptPublicKey[]): boolean {
  const key = keys.find((candidate) => candidate.kid === head.kid);
  if (head.type !== 'log-head' || !key) return false;
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.x }, format: 'jwk' });
  return verify(null, logHeadSigningInput(head), publicKey, Buffer.from(head.signature, 'base64url'));
}

/** The anchor a head stands for. */
export const headAnchor = (head: LogHead): LogAnchor => ({ seq: head.seq, hash: head.hash });
