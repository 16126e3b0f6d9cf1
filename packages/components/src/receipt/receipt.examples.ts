/** Examples of `wmebv-receipt`: the receipt of the sample objection and the envelope it confirms. */
import type { Envelope, Receipt, SupportedLocale } from '@wmebv/core';
import { objectionAttachments, objectionDefinition, objectionValuesNl } from '../form/form.examples.js';
import { objectionReview } from '../review/review.examples.js';

/** The envelope the sample receipt confirms (its digest is over this envelope's canonical JSON). */
export function sampleEnvelope(locale: SupportedLocale = 'nl'): Envelope {
  return {
    formId: objectionDefinition.id,
    formVersion: objectionDefinition.version,
    locale,
    values: objectionValuesNl,
    declarations: { verklaring: '2026-04-28T00:29:41.000+02:00' },
    attachments: objectionAttachments,
  };
}

/** core's `envelopeDigest(sampleEnvelope(locale))`, computed once (it is async; stories render synchronously). */
const SAMPLE_DIGEST: Record<SupportedLocale, string> = {
  nl: 'cde310fd2698192b3780e816d2d394098c6d141315fc0219130676ac402b08ec',
  en: 'af7b827d014daf45f37da2062f7d49b9b4d6e0438330ac8f3928bc982b4ef8ac',
};

/**
 * The receipt the intake server answers the sample objection with (core's `Receipt`): received
 * 28 April 2026 at 00:30 Amsterdam time, just after midnight (a deadline ending on the 27th was missed
 * by half an hour, which is what a receipt must be able to prove).
 */
export function sampleReceipt(locale: SupportedLocale = 'nl'): Receipt {
  return {
    reference: 'BZW-7KX2-QD4M',
    receivedAt: '2026-04-28T00:30:00.000+02:00',
    organisation: { name: objectionDefinition.organisation.name },
    messageType: objectionDefinition.messageType,
    formId: objectionDefinition.id,
    formVersion: objectionDefinition.version,
    locale,
    review: objectionReview(objectionValuesNl, locale),
    attachments: objectionAttachments,
    // SHA-256 over the RFC 8785 canonical JSON of `sampleEnvelope(locale)`.
    digest: { algorithm: 'SHA-256', value: SAMPLE_DIGEST[locale] },
    // Placeholders, not a real signature: stories set no `keys-src`, so nothing checks them.
    kid: 'voorbeeld-sleutel',
    signature: 'A'.repeat(86),
  };
}
