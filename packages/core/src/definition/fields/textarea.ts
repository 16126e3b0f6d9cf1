/** A textarea's check; its zod schema is in `textarea.schema.ts`. */
import { defineFieldType } from './field-type.js';
import { checkText, TEXT_RULES, textMessageKey } from './text-rules.js';
import type { TextareaField } from './textarea.schema.js';

export const textareaFieldType = defineFieldType<TextareaField>()({
  type: 'textarea',
  rules: TEXT_RULES,
  check: (field, raw) => checkText(field, raw, true),
  messageKey: textMessageKey,
});
