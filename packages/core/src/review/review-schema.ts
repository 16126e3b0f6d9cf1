/**
 * The review model's zod schemas (the receipt states the review, `receipt.ts`). Apart from
 * `buildReview` (review.ts), so the review step does not load zod (D8 in docs/decisions.md).
 */
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
