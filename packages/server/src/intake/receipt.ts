import {
  buildReview,
  RECEIPT_FORMAT_V2,
  receiptDeclarations,
  type Envelope,
  type FormDefinition,
  type LogAnchor,
  type UnsignedReceipt,
} from '@wmebv/core';

/** What a receipt says besides the stored envelope and its definition. */
export interface ReceiptFacts {
  reference: string;
  /** ISO 8601 with offset, the server's clock (Awb 2:20). */
  receivedAt: string;
  /** `envelopeDigest(envelope)`. */
  digest: string;
  /** The anchor of the submission's proof-log entry. */
  log: LogAnchor;
  /**
   * The receiving body (bestuursorgaan) as configured (a shared service organisation receives for
   * several); the definition's `organisation` by default.
   */
  receivingBody?: string;
}

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1), format 2, for a stored submission: reference, time of
 * receipt by the server's clock (Awb 2:20), receiving body, message type, what was received as the
 * sender saw it on the review step (Awb 2:17 lid 2), the declarations agreed to quoted from the
 * stored definition in the envelope's locale, the `lateReason` when given (Awb 6:11), the digest
 * over the stored envelope and the proof-log anchor.
 *
 * @param definition - the definition version stored with the submission
 * @param envelope - the normalised envelope as stored
 * @returns the receipt without `kid` and `signature`, which `ReceiptSigner.sign` adds
 */
export function buildReceipt(definition: FormDefinition, envelope: Envelope, facts: ReceiptFacts): Omit<UnsignedReceipt, 'kid'> {
  return {
    format: RECEIPT_FORMAT_V2,
    reference: facts.reference,
    receivedAt: facts.receivedAt,
    organisation: { name: facts.receivingBody ?? definition.organisation.name },
    messageType: definition.messageType,
    formId: definition.id,
    formVersion: definition.version,
    locale: envelope.locale,
    review: buildReview(definition, envelope.values, envelope.attachments, envelope.locale),
    attachments: envelope.attachments,
    declarations: receiptDeclarations(definition, envelope),
    ...(envelope.lateReason !== undefined && { lateReason: envelope.lateReason }),
    digest: { algorithm: 'SHA-256', value: facts.digest },
    log: facts.log,
  };
}
