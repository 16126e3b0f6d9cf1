import { parseReceipt, ReceiptPublicKeySchema, type Receipt, type ReceiptPublicKey } from '@wmebv/core';

/**
 * Stored JSON read back, parsed rather than cast (both backends): a damaged row fails here, with
 * where, not later as a broken key set or receipt for every verifier.
 */
export function receiptFromRow(json: string): Receipt {
  const stored = parseReceipt(JSON.parse(json));
  if (!stored.ok) throw new Error(`A stored receipt is damaged at ${stored.problem.pointer || '/'}.`);
  return stored.receipt;
}

/** A stored receipt signing key (public JWK), parsed. */
export function receiptKeyFromRow(json: string): ReceiptPublicKey {
  return ReceiptPublicKeySchema.parse(JSON.parse(json));
}
