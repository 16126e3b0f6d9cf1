/** Whether a JWK is a receipt key, without zod (D8 in docs/decisions.md): browsers verify receipts too. */
import type { ReceiptPublicKey } from './key-set.js';
import { checkReceiptPublicKey } from './receipt-check.generated.js';

/** Whether `value` is a usable public Ed25519 JWK with a key id (`ReceiptPublicKeySchema` decides the same). */
export function isReceiptPublicKey(value: unknown): value is ReceiptPublicKey {
  return checkReceiptPublicKey(value).ok;
}
