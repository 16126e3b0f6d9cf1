import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint, PositiveInt } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkText, TEXT_RULES, textMessageKey } from './text-rules.js';

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

export const textareaFieldType = defineFieldType({
  type: 'textarea',
  schema: TextareaFieldSchema,
  rules: TEXT_RULES,
  check: (field, raw) => checkText(field, raw, true),
  messageKey: textMessageKey,
});
