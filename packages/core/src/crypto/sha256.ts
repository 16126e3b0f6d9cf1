/**
 * SHA-256 through Web Crypto, which browsers and Node 20 both have: the one place the library
 * hashes (envelope digest, attachment hashes, JWK thumbprints).
 */
import { toHex } from './base64url.js';

/** SHA-256 of bytes, or of a string as UTF-8. */
export async function sha256(data: ArrayBuffer | ArrayBufferView<ArrayBuffer> | string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** SHA-256 as lower-case hex (64 characters), as envelopes and receipts state it. */
export async function sha256Hex(data: ArrayBuffer | ArrayBufferView<ArrayBuffer> | string): Promise<string> {
  return toHex(await sha256(data));
}
