import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkText, TEXT_RULES, textMessageKey } from './text-rules.js';

/** One line of free text, stored trimmed. */
export const TextFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(TEXT_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('text'),
});
export type TextField = z.infer<typeof TextFieldSchema>;

export const textFieldType = defineFieldType({
  type: 'text',
  schema: TextFieldSchema,
  rules: TEXT_RULES,
  check: (field, raw) => checkText(field, raw),
  messageKey: textMessageKey,
});
