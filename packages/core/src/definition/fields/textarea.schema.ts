/** A textarea in a definition, as zod checks it; its check is in `textarea.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint, PositiveInt } from '../parts.js';
import { TEXT_RULES } from './text-rules.js';

/** Several lines of free text; line breaks are stored as `\n`, white space kept. */
export const TextareaFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(TEXT_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('textarea'),
  rows: z.optional(PositiveInt),
});
export type TextareaField = z.infer<typeof TextareaFieldSchema>;
