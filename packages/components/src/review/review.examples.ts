/** Examples of `wmebv-review`: "Controleer uw antwoorden" of the sample objection, built by core. */
import { buildReview, type FieldValues, type ReviewSection, type SupportedLocale } from '@wmebv/core';
import { objectionAttachments, objectionDefinition } from '../form/form.examples.js';

/** "Controleer uw antwoorden" for the objection, built by core. */
export function objectionReview(values: FieldValues, locale: SupportedLocale = 'nl'): ReviewSection[] {
  const attachments = objectionAttachments.filter((attachment) =>
    Object.values(values).some((value) => Array.isArray(value) && value.includes(attachment.id)),
  );
  return buildReview(objectionDefinition, values, attachments, locale);
}
