/**
 * Ed25519 signature checks through Web Crypto (RFC 8032; keys as RFC 8037 JWKs), which browsers and
 * Node 20 both have: the one place the library verifies signatures (receipts, signed log heads).
 */
import { fromBase64Url, toBase64Url } from './base64url.js';

/** An Ed25519 public key nobody signs with (RFC 8032 test 1), to find out whether a runtime has Ed25519. */
const PROBE_KEY = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };

let supported: Promise<boolean> | undefined;

/** Whether this runtime's Web Crypto can verify Ed25519 (Node 20+, Chromium 137+, Firefox 129+, Safari 17+). */
export function canVerifyEd25519(): Promise<boolean> {
  supported ??= (async () => {
    try {
      await globalThis.crypto.subtle.importKey('jwk', PROBE_KEY, { name: 'Ed25519' }, false, ['verify']);
      return true;
    } catch {
      return false;
    }
  })();
  return supported;
}

/**
 * Checks an Ed25519 signature (base64url, 64 bytes) over `data` with a public key's `x` (base64url).
 *
 * @returns `valid`; `mismatch` (another key signed, or the data changed); `invalid-key`;
 * `non-canonical` (the signature text is not the one base64url spelling of its bytes); `unsupported`
 * (no Ed25519 in this runtime)
 */
export async function checkEd25519(
  x: string,
  signature: string,
  data: Uint8Array<ArrayBuffer>,
): Promise<'valid' | 'mismatch' | 'invalid-key' | 'non-canonical' | 'unsupported'> {
  if (!(await canVerifyEd25519())) return 'unsupported';
  let publicKey: CryptoKey;
  try {
    publicKey = await crypto.subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, { name: 'Ed25519' }, false, ['verify']);
  } catch {
    return 'invalid-key';
  }
  const bytes = fromBase64Url(signature);
  // Only the canonical encoding: the last character has two unused bits, which must be zero, so
  // that no two different texts pass as the same signature.
  if (!bytes || bytes.length !== 64 || toBase64Url(bytes) !== signature) return 'non-canonical';
  return (await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, bytes, data)) ? 'valid' : 'mismatch';
}
