import { defineFieldType } from './field-type.js';
import { checkTextThen, TEXT_RULES, textMessageKey } from './text-rules.js';
import type { EmailField } from './email.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const EMAIL_RULES = [...TEXT_RULES, 'email'] as const;

/**
 * A pragmatic e-mail check: something, `@`, a domain with a dot, no spaces. Stricter checks reject
 * real addresses; the receipt e-mail is never sent to an address the sender did not confirm.
 */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}

export const emailFieldType = defineFieldType<EmailField>()({
  type: 'email',
  rules: EMAIL_RULES,
  check: (field, raw) => checkTextThen(field, raw, 'email', (value: string) => (isEmail(value) ? value : undefined)),
  messageKey: textMessageKey,
});
