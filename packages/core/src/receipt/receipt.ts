import { canonicalize } from 'json-canonicalize';
import type { MessageType } from '../definition/schema.js';
import type { ReviewSection } from '../review/review.js';
import type { Attachment, Envelope } from '../submission/envelope.js';
import { sha256Hex } from '../crypto/sha256.js';

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) the server answers a stored submission with.
 */
export interface Receipt {
  /** Short and unambiguous, e.g. `BZW-7KX2-QD4M`. */
  reference: string;
  /** Time of receipt by the server's clock (Awb 2:20), ISO 8601 with offset. */
  receivedAt: string;
  organisation: { name: string };
  messageType: MessageType;
  formId: string;
  formVersion: string;
  locale: string;
  /** What was received, as the sender saw it on the review step. */
  review: ReviewSection[];
  attachments: Attachment[];
  /** SHA-256 (lower-case hex) over the RFC 8785 canonical JSON of the stored envelope. */
  digest: { algorithm: 'SHA-256'; value: string };
  /** Id of the Ed25519 key that signed it, as in the published JWK Set (`GET /api/receipt-key`). */
  kid: string;
  /**
   * Ed25519 signature (base64url, 64 bytes) over the RFC 8785 canonical JSON of this object without
   * `signature` (see `receiptSigningInput`).
   */
  signature: string;
}

/** A receipt before the server signs it. */
export type UnsignedReceipt = Omit<Receipt, 'signature'>;

/**
 * SHA-256 over the RFC 8785 (JCS) canonical JSON of the normalised envelope, as lower-case hex.
 * Works in browsers and Node (Web Crypto), so anyone can recompute it from the sender's copy.
 */
export async function envelopeDigest(envelope: Envelope): Promise<string> {
  return sha256Hex(canonicalize(envelope));
}
