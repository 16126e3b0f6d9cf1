import { canVerifyEd25519, checkEd25519 } from '../crypto/ed25519.js';
import { envelopeDigest } from '../submission/digest.js';
import type { Envelope } from '../submission/envelope.js';
import { checkReceipt } from './check.js';
import { isReceiptPublicKey } from './key-check.js';
import type { ReceiptPublicKey } from './key-set.js';
import { receiptSigningInput } from './signature.js';

/** Why a receipt failed verification. */
export type ReceiptProblem =
  /** Not shaped like a receipt (a member missing or of the wrong form); `pointer` says where. */
  | 'malformed'
  /** The key set is not a JWK Set. */
  | 'invalid-key-set'
  /** No key in the key set has the receipt's `kid`: signed by a key the organisation does not publish. */
  | 'unknown-key'
  /** The key with that `kid` is not a usable Ed25519 public key. */
  | 'invalid-key'
  /** The signature does not match: some member of the receipt was changed, or another key signed it. */
  | 'signature-mismatch'
  /** The envelope given does not have the digest the receipt states: it is not what was received. */
  | 'digest-mismatch';

export type ReceiptVerification =
  | {
      status: 'valid';
      /** The key that signed it. */
      key: ReceiptPublicKey;
      /** Whether an envelope was given and matches the receipt's digest. */
      digest: 'matches' | 'not-checked';
    }
  | { status: 'invalid'; problem: ReceiptProblem; message: string; pointer?: string }
  /** This runtime has no Ed25519 in Web Crypto: nothing can be said about the receipt. */
  | { status: 'unsupported'; message: string };

export { canVerifyEd25519 };

function invalid(problem: ReceiptProblem, message: string, pointer?: string): ReceiptVerification {
  return pointer === undefined ? { status: 'invalid', problem, message } : { status: 'invalid', problem, message, pointer };
}

/**
 * Verifies a receipt (ontvangstbevestiging) with standard cryptography only, in browsers and Node:
 * its shape, then the Ed25519 signature over the RFC 8785 canonical JSON of the receipt without
 * `signature` with the key its `kid` names in `keySet` (the organisation's published JWK Set), then,
 * when `options.envelope` is given, that the envelope's SHA-256 digest is the one the receipt states.
 *
 * A changed character anywhere in a receipt makes the signature fail; a receipt signed by a key
 * the set does not hold is `unknown-key`. A runtime without Ed25519 gets `unsupported`, never
 * "invalid".
 *
 * @param receipt - the receipt as parsed JSON (any value: it is checked)
 * @param keySet - a JWK Set `{ keys: [...] }` (any value: it is checked)
 */
export async function verifyReceipt(receipt: unknown, keySet: unknown, options: { envelope?: Envelope } = {}): Promise<ReceiptVerification> {
  const shape = checkReceipt(receipt);
  if (!shape.ok) {
    const { pointer, message } = shape.problem;
    return invalid('malformed', `The receipt is not well-formed at ${pointer || '/'}${message ? `: ${message}` : ''}.`, pointer);
  }
  const signed = shape.receipt;
  const keys = (keySet as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(keys)) return invalid('invalid-key-set', 'The key set is not a JWK Set ({ "keys": [...] }).');
  const key: unknown = keys.find((candidate) => (candidate as { kid?: unknown } | null)?.kid === signed.kid);
  if (key === undefined) {
    return invalid('unknown-key', `The receipt was signed with key "${signed.kid}", which is not in the key set.`, '/kid');
  }
  if (!isReceiptPublicKey(key)) return invalid('invalid-key', `Key "${signed.kid}" in the key set is not an Ed25519 public key.`, '/kid');
  const checked = await checkEd25519(key.x, signed.signature, receiptSigningInput(signed));
  if (checked === 'unsupported') {
    return { status: 'unsupported', message: 'This runtime cannot verify Ed25519 signatures (Web Crypto without Ed25519).' };
  }
  if (checked === 'invalid-key') return invalid('invalid-key', `Key "${signed.kid}" in the key set is not an Ed25519 public key.`, '/kid');
  if (checked === 'non-canonical') {
    return invalid('malformed', 'The receipt is not well-formed at /signature: not canonical base64url.', '/signature');
  }
  if (checked === 'mismatch') {
    return invalid(
      'signature-mismatch',
      `The signature does not match: the receipt was changed after signing, or key "${signed.kid}" did not sign it.`,
      '/signature',
    );
  }
  if (options.envelope) {
    const digest = await envelopeDigest(options.envelope);
    if (digest !== signed.digest.value) {
      return invalid(
        'digest-mismatch',
        `The envelope's SHA-256 digest is ${digest}, but the receipt states ${signed.digest.value}.`,
        '/digest/value',
      );
    }
  }
  return { status: 'valid', key, digest: options.envelope ? 'matches' : 'not-checked' };
}
