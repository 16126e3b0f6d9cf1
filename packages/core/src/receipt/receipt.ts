/**
 * The ontvangstbevestiging (Awb 2:17 lid 1): one zod schema, its type inferred from it. The server
 * builds it, the browser and `wmebv verify-receipt` parse it with the same schema.
 */
import { MessageTypeSchema } from '../definition/schema.js';
import { ReviewSectionSchema } from '../review/review.js';
import { AttachmentSchema } from '../submission/envelope.js';
import * as z from '../zod.js';
import { isReference } from './reference.js';

/** Lower-case hex SHA-256. */
const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * The receipt the server answers a stored submission with. Members the schema does not name are
 * kept (and covered by the signature), so a later format can add some.
 */
export const ReceiptSchema = z.object({
  /** Short and unambiguous, e.g. `BZW-7KX2-QD4M`. */
  reference: z.string().check(z.refine(isReference, 'not a receipt reference')),
  /** Time of receipt by the server's clock (Awb 2:20), ISO 8601 with offset. */
  receivedAt: z.iso.datetime({ offset: true }),
  organisation: z.object({ name: z.string() }),
  messageType: MessageTypeSchema,
  formId: z.string(),
  formVersion: z.string(),
  locale: z.string(),
  /** What was received, as the sender saw it on the review step (Awb 2:17 lid 2). */
  review: z.array(ReviewSectionSchema),
  attachments: z.array(AttachmentSchema),
  /** SHA-256 (lower-case hex) over the RFC 8785 canonical JSON of the stored envelope (`envelopeDigest`). */
  digest: z.object({ algorithm: z.literal('SHA-256'), value: Sha256Hex }),
  /** Id of the Ed25519 key that signed it, as in the published JWK Set (`GET /api/receipt-key`). */
  kid: z.string().check(z.minLength(1)),
  /**
   * Ed25519 signature (base64url, 64 bytes) over the RFC 8785 canonical JSON of this object without
   * `signature` (see `receiptSigningInput`).
   */
  signature: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/, 'not a base64url Ed25519 signature')),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

/** A receipt before the server signs it. */
export type UnsignedReceipt = Omit<Receipt, 'signature'>;

/** Where a receipt is not well-formed: the first problem's JSON pointer and zod's message. */
export interface ReceiptShapeProblem {
  pointer: string;
  message: string;
}

/**
 * Checks that a value (from the network, session storage or a file) is a receipt. Never throws.
 * The signature is not checked here: that is `verifyReceipt`.
 */
export function parseReceipt(value: unknown): { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptShapeProblem } {
  const result = ReceiptSchema.safeParse(value);
  // The value itself, not zod's copy: zod drops members it does not name, and the signature covers them.
  if (result.success) return { ok: true, receipt: value as Receipt };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: { pointer: issue.path.map((segment) => '/' + String(segment)).join(''), message: issue.message } };
}
