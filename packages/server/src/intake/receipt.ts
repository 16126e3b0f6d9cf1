import { buildReview, type Envelope, type FormDefinition, type UnsignedReceipt } from '@wmebv/core';

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) for a stored submission: reference, time of receipt by
 * the server's clock (Awb 2:20), receiving body, message type, and what was received as the sender
 * saw it on the review step (Awb 2:17 lid 2), with the digest over the stored envelope.
 *
 * @param envelope - the normalised envelope as stored
 * @param digest - `envelopeDigest(envelope)`
 * @param receivingBody - the body that receives it, as configured (a shared service organisation
 *   receives for several); the definition's organisation by default
 * @returns the receipt without `kid` and `signature`, which `ReceiptSigner.sign` adds
 */
export function buildReceipt(
  definition: FormDefinition,
  envelope: Envelope,
  reference: string,
  receivedAt: string,
  digest: string,
  receivingBody: string = definition.organisation.name,
): Omit<UnsignedReceipt, 'kid'> {
  return {
    reference,
    receivedAt,
    organisation: { name: receivingBody },
    messageType: definition.messageType,
    formId: definition.id,
    formVersion: definition.version,
    locale: envelope.locale,
    review: buildReview(definition, envelope.values, envelope.attachments, envelope.locale),
    attachments: envelope.attachments,
    digest: { algorithm: 'SHA-256', value: digest },
  };
}
