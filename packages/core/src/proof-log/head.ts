import { checkEd25519 } from '../crypto/ed25519.js';
import { isReceiptPublicKey, type ReceiptPublicKey } from '../receipt/key-set.js';
import { canonicalJson } from '../submission/canonical.js';
import * as z from '../zod.js';

/**
 * The signed head of the proof log (`GET /api/log-head`): whoever keeps one can later show that the
 * chain up to it was not shortened or rewritten. A typed payload (`type: "log-head"`) with the key
 * id, signed with a receipt key; it never verifies as a receipt (it has none of a receipt's members),
 * and a receipt is never accepted as a head (it has no `type`).
 */
export const LogHeadSchema = z.object({
  type: z.literal('log-head'),
  /** The last entry it covers. */
  seq: z.number().check(z.int(), z.positive()),
  /** That entry's hash. */
  hash: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'not a lower-case hex SHA-256')),
  /** ISO 8601 with offset, by the server's clock. */
  signedAt: z.isoDateTime({ offset: true }),
  /** The signing key's id in the published JWK Set. */
  kid: z.string().check(z.minLength(1)),
  /** Ed25519 (base64url, 64 bytes) over `logHeadSigningInput`. */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/, 'not a base64url Ed25519 signature')),
});
export type LogHead = z.infer<typeof LogHeadSchema>;

/** The bytes a head's signature covers: the UTF-8 of the RFC 8785 canonical JSON of every member but `signature`. */
export function logHeadSigningInput(head: Omit<LogHead, 'signature'>): Uint8Array<ArrayBuffer> {
  const { type, seq, hash, signedAt, kid } = head;
  return new TextEncoder().encode(canonicalJson({ type, seq, hash, signedAt, kid }));
}

/** The result of `verifyLogHead`. */
export type LogHeadVerification =
  | { status: 'valid'; key: ReceiptPublicKey }
  | { status: 'invalid'; problem: 'malformed' | 'not-a-head' | 'unknown-key' | 'invalid-key' | 'signature-mismatch'; message: string }
  | { status: 'unsupported'; message: string };

/**
 * Checks a signed log head: its shape (a receipt or anything without `type: "log-head"` is
 * `not-a-head`), then its Ed25519 signature with the key its `kid` names in `keySet`.
 *
 * @param head - any value (it is checked)
 * @param keySet - a JWK Set `{ keys: [...] }`, e.g. from `GET /api/receipt-key`
 */
export async function verifyLogHead(head: unknown, keySet: unknown): Promise<LogHeadVerification> {
  if ((head as { type?: unknown } | null)?.type !== 'log-head') {
    return {
      status: 'invalid',
      problem: 'not-a-head',
      message: 'This is not a signed log head (it has no type "log-head"); a receipt is never accepted as one.',
    };
  }
  const parsed = LogHeadSchema.safeParse(head);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      status: 'invalid',
      problem: 'malformed',
      message: `The log head is not well-formed at /${issue.path.map(String).join('/')}: ${issue.message}.`,
    };
  }
  const signed = parsed.data;
  const keys = (keySet as { keys?: unknown } | null)?.keys;
  const key: unknown = Array.isArray(keys) ? keys.find((candidate) => (candidate as { kid?: unknown } | null)?.kid === signed.kid) : undefined;
  if (key === undefined)
    return { status: 'invalid', problem: 'unknown-key', message: `The log head was signed with key "${signed.kid}", which is not in the key set.` };
  if (!isReceiptPublicKey(key))
    return { status: 'invalid', problem: 'invalid-key', message: `Key "${signed.kid}" in the key set is not an Ed25519 public key.` };
  const checked = await checkEd25519(key.x, signed.signature, logHeadSigningInput(signed));
  if (checked === 'valid') return { status: 'valid', key };
  if (checked === 'unsupported')
    return { status: 'unsupported', message: 'This runtime cannot verify Ed25519 signatures (Web Crypto without Ed25519).' };
  if (checked === 'invalid-key')
    return { status: 'invalid', problem: 'invalid-key', message: `Key "${signed.kid}" in the key set is not an Ed25519 public key.` };
  return {
    status: 'invalid',
    problem: 'signature-mismatch',
    message: `The log head's signature does not match: the head was changed after signing, or key "${signed.kid}" did not sign it.`,
  };
}
