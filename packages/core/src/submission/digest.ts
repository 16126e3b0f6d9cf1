import { sha256Hex } from '../crypto/sha256.js';
import { canonicalJson } from './canonical.js';
import type { Envelope } from './envelope.js';

/**
 * SHA-256 over the RFC 8785 (JCS) canonical JSON of the normalised envelope, as lower-case hex: the
 * receipt's `digest` (Awb 2:17). Works in browsers and Node (Web Crypto), so anyone can recompute
 * it from the sender's copy.
 */
export async function envelopeDigest(envelope: Envelope): Promise<string> {
  return sha256Hex(canonicalJson(envelope));
}
