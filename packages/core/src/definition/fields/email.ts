import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkTextThen, TEXT_RULES, textMessageKey } from './text-rules.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = [...TEXT_RULES, 'email'] as const;

/**
 * A pragmatic e-mail check: something, `@`, a domain with a dot, no spaces. Stricter checks reject
 * real addresses; the receipt e-mail is never sent to an address the sender did not confirm.
 */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

/** An e-mail address, stored as typed (trimmed). */
export const EmailFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('email'),
});
export type EmailField = z.infer<typeof EmailFieldSchema>;

export const emailFieldType = defineFieldType({
  type: 'email',
  schema: EmailFieldSchema,
  rules: RULES,
  check: (field, raw) => checkTextThen(field, raw, 'email', (value: string) => (isEmail(value) ? value : undefined)),
  messageKey: textMessageKey,
});
