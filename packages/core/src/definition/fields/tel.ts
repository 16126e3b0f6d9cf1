import { defineFieldType } from './field-type.js';
import { checkTextThen, TEXT_RULES, textMessageKey } from './text-rules.js';
import type { TelField } from './tel.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const TEL_RULES = [...TEXT_RULES, 'tel'] as const;

/**
 * A phone number, Dutch (`010-1234567`, `06 12345678`, `14 0999`) or international (`+32 2 123 45 67`):
 * digits with optional spaces, dashes, dots and brackets, an optional leading `+`, 5 to 15 digits.
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9\s().-]+$/.test(value)) return false;
  const digits = value.replace(/\D/g, '').length;
  return digits >= 5 && digits <= 15;
}

export const telFieldType = defineFieldType<TelField>()({
  type: 'tel',
  rules: TEL_RULES,
  check: (field, raw) => checkTextThen(field, raw, 'tel', (value: string) => (isPhoneNumber(value) ? value : undefined)),
  messageKey: textMessageKey,
});
