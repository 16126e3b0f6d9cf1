/**
 * Examples of `wmebv-review`: "Controleer uw antwoorden" of the sample objection, built by core
 * (`buildReview`), as wmebv-form builds it. Written once: the stories are these (review.stories.ts),
 * and the receipt's examples reuse `objectionReview`.
 */
import { buildReview, type FieldValues, type ReviewSection, type SupportedLocale } from '@wmebv/core';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { examplesOf } from '../base/field-controls.examples.js';
import { objectionAttachments, objectionDefinition, objectionValuesAbroad, objectionValuesNl } from '../form/form.examples.js';

/** "Controleer uw antwoorden" for the objection, built by core. */
export function objectionReview(values: FieldValues, locale: SupportedLocale = 'nl'): ReviewSection[] {
  const attachments = objectionAttachments.filter((attachment) =>
    Object.values(values).some((value) => Array.isArray(value) && value.includes(attachment.id)),
  );
  return buildReview(objectionDefinition, values, attachments, locale);
}

export interface ReviewArgs {
  sections: ReviewSection[];
  readonly: boolean;
  headingLevel: number;
  emptyText?: string;
  locale?: string;
  lang?: string;
  /** Story only: listens to `wmebv-change-request`. */
  onChangeRequest?: (event: Event) => void;
}

/** `<wmebv-review>` with `args` as its attributes and properties (the stories' render). */
export const renderReview = (args: ReviewArgs) => html`<wmebv-review
  .sections=${args.sections}
  ?readonly=${args.readonly}
  heading-level=${args.headingLevel}
  empty-text=${ifDefined(args.emptyText)}
  locale=${ifDefined(args.locale)}
  lang=${args.lang ?? 'nl'}
  @wmebv-change-request=${args.onChangeRequest}
></wmebv-review>`;

const dutch: ReviewArgs = { sections: objectionReview(objectionValuesNl, 'nl'), readonly: false, headingLevel: 3 };

export const reviewExamples = examplesOf<ReviewArgs>()({
  DutchAddress: {
    description:
      'Someone living in the Netherlands: street, postcode and town are asked and shown; the date as "2 april 2026", files with their sizes, the grounds line by line, "Telefoonnummer" empty ("Niet ingevuld").',
    args: dutch,
  },
  Abroad: {
    description: 'Someone living abroad: the Dutch address questions were hidden, so they are not in the review at all.',
    args: { ...dutch, sections: objectionReview(objectionValuesAbroad, 'nl') },
  },
  Readonly: { description: 'Without change buttons, as the receipt shows what was sent.', args: { ...dutch, readonly: true } },
  English: { description: 'The same answers in English.', args: { ...dutch, sections: objectionReview(objectionValuesNl, 'en'), lang: 'en' } },
});
