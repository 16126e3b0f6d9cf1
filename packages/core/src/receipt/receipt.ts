/**
 * The ontvangstbevestiging (Awb 2:17 lid 1): one zod schema per format, types inferred from them.
 * The server builds format 2; the browser and `wmebv verify-receipt` parse both with these schemas,
 * so receipts issued before format 2 keep verifying (docs/receipts.md, "Formats").
 */
import { MessageTypeSchema } from '../definition/schema.js';
import { ReviewSectionSchema } from '../review/review-schema.js';
import { AttachmentSchema } from '../submission/envelope.js';
import * as z from '../zod.js';
import { RECEIPT_FORMAT_V2 } from './format.js';
import { isReference } from './reference.js';

/** Lower-case hex SHA-256. */
const Sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/));

/**
 * Where a receipt is anchored in the server's proof log (docs/server.md, "Proof log"): the sequence
 * number and hash of its submission's log entry, so every sender holds a point of the chain.
 */
export const LogAnchorSchema = z.object({
  /** 1, 2, 3 …: the entry's place in the one chain of the database. */
  seq: z.number().check(z.int(), z.positive()),
  /** Lower-case hex SHA-256 of the entry (see `logEntryHashInput`). */
  hash: Sha256Hex,
});
export type LogAnchor = z.infer<typeof LogAnchorSchema>;

/**
 * A declaration the sender agreed to, as the receipt states it (Awb 2:17; the tick box can serve as
 * the electronic signature of Awb 2:18 lid 1, docs/decisions.md). The text is quoted by the server
 * from the definition version it stored, in the envelope's locale, never from what the browser sent.
 */
export const ReceiptDeclarationSchema = z.object({
  /** The declaration's id in the definition. */
  id: z.string().check(z.minLength(1)),
  /** Its text as the definition states it in the envelope's locale. */
  text: z.string(),
  /** When the sender ticked it, ISO 8601 with offset, as reported by the browser (not the server's clock). */
  agreedAt: z.isoDateTime({ offset: true }),
  /** Says whose clock `agreedAt` is: always the browser's. */
  agreedAtClock: z.literal('browser'),
});
export type ReceiptDeclaration = z.infer<typeof ReceiptDeclarationSchema>;

/** The members both formats share. */
const commonMembers = {
  /** Short and unambiguous, e.g. `BZW-7KX2-QD4M`. */
  reference: z.string().check(z.refine(isReference, 'not a receipt reference')),
  /** Time of receipt by the server's clock (Awb 2:20), ISO 8601 with offset. */
  receivedAt: z.isoDateTime({ offset: true }),
  /**
   * The receiving body (bestuursorgaan): its name as configured for the organisation that serves the
   * form, else as the definition names it.
   */
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
};

/**
 * Format 1 (until 2026-12): no `format` member, the declarations and `lateReason` only inside the
 * digested envelope; some carry the proof-log anchor `log`. Still verified, never issued.
 * Members the schema does not name are kept (and covered by the signature).
 */
export const ReceiptV1Schema = z.object({
  ...commonMembers,
  // Absent: a receipt that names a format is judged by that format's schema.
  format: z.optional(z.undefined()),
  log: z.optional(LogAnchorSchema),
});
export type ReceiptV1 = z.infer<typeof ReceiptV1Schema>;

/**
 * Format 2: the receipt itself states the declarations agreed to and the `lateReason` given (Awb
 * 2:17, 6:11), and the anchor of its submission's proof-log entry.
 */
export const ReceiptV2Schema = z.object({
  format: z.literal(RECEIPT_FORMAT_V2),
  ...commonMembers,
  /** Every declaration the sender agreed to, in the definition's order (empty when it has none). */
  declarations: z.array(ReceiptDeclarationSchema),
  /** Why the message is sent after its period ended, in the sender's words (Awb 6:11), when given. */
  lateReason: z.optional(z.string().check(z.minLength(1))),
  log: LogAnchorSchema,
});
export type ReceiptV2 = z.infer<typeof ReceiptV2Schema>;

/** A receipt of either format. */
export const ReceiptSchema = z.union([ReceiptV2Schema, ReceiptV1Schema]);
export type Receipt = z.infer<typeof ReceiptSchema>;

/** A format-2 receipt before the server signs it. */
export type UnsignedReceipt = Omit<ReceiptV2, 'signature'>;

/** Where a receipt is not well-formed: the first problem's JSON pointer and zod's message. */
export interface ReceiptShapeProblem {
  pointer: string;
  message: string;
}

/**
 * Checks that a value (from the network, session storage or a file) is a receipt of a known format.
 * Never throws. A value with a `format` member is checked against that format only, so its
 * problems are named precisely. The signature is not checked here: that is `verifyReceipt`.
 */
export function parseReceipt(value: unknown): { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptShapeProblem } {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== undefined && format !== RECEIPT_FORMAT_V2) {
    return { ok: false, problem: { pointer: '/format', message: `unknown receipt format ${JSON.stringify(format)}` } };
  }
  const result = (format === undefined ? ReceiptV1Schema : ReceiptV2Schema).safeParse(value);
  // The value itself, not zod's copy: zod drops members it does not name, and the signature covers them.
  if (result.success) return { ok: true, receipt: value as Receipt };
  const issue = result.error.issues[0]!;
  return { ok: false, problem: { pointer: issue.path.map((segment) => '/' + String(segment)).join(''), message: issue.message } };
}
