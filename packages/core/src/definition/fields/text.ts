/** A text field's check; its zod schema is in `text.schema.ts`. */
import { defineFieldType } from './field-type.js';
import { checkText, TEXT_RULES, textMessageKey } from './text-rules.js';
import type { TextField } from './text.schema.js';

export const textFieldType = defineFieldType<TextField>()({
  type: 'text',
  rules: TEXT_RULES,
  check: (field, raw) => checkText(field, raw),
  messageKey: textMessageKey,
});
