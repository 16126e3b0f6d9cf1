import { defineFieldType } from './field-type.js';
import { checkTrimmedThen } from './text-rules.js';
import type { BsnField } from './bsn.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const BSN_RULES = ['bsn'] as const;

/**
 * Burgerservicenummer: nine digits passing the 11-proef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple
 * of 11). `000000000` passes the sum but is never issued, so it is rejected. Spaces and dots people
 * type between groups (`1234.56.782`) are allowed and dropped.
 *
 * @returns the nine digits, or undefined when it is not a valid BSN
 */
export function normaliseBsn(input: string): string | undefined {
  const digits = input.replace(/[\s.]/g, '');
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return undefined;
  let sum = 0;
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index);
  sum -= Number(digits[8]);
  return sum % 11 === 0 ? digits : undefined;
}

export const bsnFieldType = defineFieldType<BsnField>()({
  type: 'bsn',
  rules: BSN_RULES,
  check: (_field, raw) => checkTrimmedThen(raw, 'bsn', normaliseBsn),
});
