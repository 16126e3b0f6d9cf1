/**
 * Examples of `wmebv-receipt`: the receipt of the sample objection and the envelope it confirms.
 * Written once: the stories are these (receipt.stories.ts), and the form's receipt-step story uses
 * the same receipt.
 */
import { localize, type Envelope, type FormDefinition, type Receipt, type SupportedLocale } from '@wmebv/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { examplesOf } from '../base/field-controls.examples.js';
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

export interface ReceiptArgs {
  receipt: Receipt;
  afterSubmit: string;
  formTitle: string;
  locale?: string;
  lang?: string;
  /** With `envelope`, the copy buttons (HTML and JSON). */
  definition?: FormDefinition;
  envelope?: Envelope;
}

/** `<wmebv-receipt>` with `args` as its attributes and properties (the stories' render). */
export const renderReceipt = (args: ReceiptArgs) => html`<wmebv-receipt
  .receipt=${args.receipt}
  after-submit=${args.afterSubmit}
  form-title=${args.formTitle}
  locale=${ifDefined(args.locale)}
  lang=${args.lang ?? 'nl'}
  .definition=${args.definition}
  .envelope=${args.envelope}
></wmebv-receipt>`;

/** The sample receipt in `locale`, with the objection form's title and what happens next. */
const shown = (locale: SupportedLocale): ReceiptArgs => ({
  receipt: sampleReceipt(locale),
  afterSubmit: localize(objectionDefinition.afterSubmit, locale),
  formTitle: localize(objectionDefinition.title, locale),
});

export const receiptExamples = examplesOf<ReceiptArgs>()({
  Dutch: { description: '"Ontvangen met kenmerk BZW-7KX2-QD4M", "… op 28 april 2026 om 00:30."', args: shown('nl') },
  English: { description: '"Received with reference BZW-7KX2-QD4M", "… on 28 April 2026 at 00:30."', args: { ...shown('en'), lang: 'en' } },
  CheckedWithCopy: {
    description:
      'The whole receipt: plain facts first (reference, time, what happens next), the copy buttons ("Download een kopie (HTML)", "Download de gegevens (JSON)"), then, behind a disclosure, the checksum, the key and the signature with the outcome of the check: authentic.',
    args: { ...shown('nl'), definition: objectionDefinition, envelope: sampleEnvelope('nl') },
  },
  CheckFailed: {
    description: 'A receipt that does not check out: the disclosure opens by itself, so the warning is never hidden.',
    args: { ...shown('nl'), definition: objectionDefinition, envelope: sampleEnvelope('nl') },
  },
});
