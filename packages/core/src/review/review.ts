import { localize } from '../definition/localized.js';
import type { FormDefinition, InputField } from '../definition/schema.js';
import { inputFields } from '../definition/walk.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Attachment, FieldValue, FieldValues } from '../answers/value.js';
import { fieldTypeOf } from '../definition/fields/registry.js';
import { isEmpty } from '../answers/empty.js';
import * as z from '../zod.js';

/** One answer as the sender sees it on "Controleer uw antwoorden" and in the receipt. */
export const ReviewItemSchema = z.object({
  fieldId: z.string(),
  /** The field's label, exactly as on the form. */
  label: z.string(),
  /** Human-readable answer: an option's label, "15 maart 2026", "besluit.pdf (120 kB)"; '' when empty. */
  answer: z.string(),
  /** Separate lines of the answer (one per file, or per line of a text area). */
  lines: z.array(z.string()),
  empty: z.boolean(),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

/** The answers of one step, under the step's title. */
export const ReviewSectionSchema = z.object({
  stepId: z.string(),
  title: z.string(),
  items: z.array(ReviewItemSchema),
});
export type ReviewSection = z.infer<typeof ReviewSectionSchema>;

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
