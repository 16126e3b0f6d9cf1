import { canonicalJson } from '../submission/canonical.js';
import type { Receipt } from './receipt.js';

/**
 * What the signature covers: the UTF-8 bytes of the RFC 8785 (JCS) canonical JSON of the receipt
 * without its `signature` member. Every other member is covered, `kid` included.
 */
export function receiptSigningInput(receipt: Omit<Receipt, 'signature'> | Receipt): Uint8Array<ArrayBuffer> {
  const { signature: _signature, ...signed } = receipt as Receipt;
  return new TextEncoder().encode(canonicalJson(signed));
}
