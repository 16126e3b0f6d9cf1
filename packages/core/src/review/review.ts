import { localize } from '../definition/localized.js';
import type { FormDefinition, InputField } from '../definition/schema.js';
import { inputFields } from '../definition/walk.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Attachment, FieldValue, FieldValues } from '../answers/value.js';
import { fieldTypeOf } from '../definition/fields/registry.js';
import { isEmpty } from '../answers/empty.js';
import type { ReviewItem, ReviewSection } from './review-schema.js';

export type { ReviewItem, ReviewSection } from './review-schema.js';

/**
 * The "terugtonen" model (Awb 2:17 lid 2, WCAG 2.1 SC 3.3.4): every visible answer in form order,
 * grouped by step, labelled as on the form. Hidden fields never appear; empty optional answers do,
 * marked `empty`.
 *
 * @param values - normalised answers (as `validateValues` returns them)
 * @param locale - the language of labels, dates and sizes
 */
export function buildReview(definition: FormDefinition, values: FieldValues, attachments: readonly Attachment[], locale: string): ReviewSection[] {
  const visible = visibleFieldIds(definition, values);
  // Fields inside fieldsets are listed with their step, in form order; fieldsets and text are not answers.
  const placed = inputFields(definition);
  return definition.steps
    .map((step) => ({
      stepId: step.id,
      title: localize(step.title, locale),
      items: placed
        .filter((candidate) => candidate.step === step && visible.has(candidate.field.id))
        .map(({ field }) => reviewItem(field, values[field.id], attachments, locale)),
    }))
    .filter((section) => section.items.length > 0);
}

function reviewItem(field: InputField, value: FieldValue | undefined, attachments: readonly Attachment[], locale: string): ReviewItem {
  const label = localize(field.label, locale);
  if (value === undefined || isEmpty(value)) return { fieldId: field.id, label, answer: '', lines: [], empty: true };
  const lines = answerLines(field, value, attachments, locale);
  return { fieldId: field.id, label, answer: lines.join('\n'), lines, empty: false };
}

function answerLines(field: InputField, value: FieldValue, attachments: readonly Attachment[], locale: string): string[] {
  const review = fieldTypeOf(field.type).review;
  return review ? review(field, value, { locale, attachments }) : String(value).split('\n');
}
