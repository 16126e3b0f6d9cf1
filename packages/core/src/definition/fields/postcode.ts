import { defineFieldType } from './field-type.js';
import { checkTextThen, TEXT_RULES, textMessageKey } from './text-rules.js';
import type { PostcodeField } from './postcode.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const POSTCODE_RULES = [...TEXT_RULES, 'postcode'] as const;

/**
 * Dutch postcode: four digits not starting with 0, then two letters other than SA, SD or SS
 * (PostNL never issues those), space optional, any letter case.
 */
const POSTCODE = /^([1-9][0-9]{3})\s?([A-Za-z]{2})$/;
const NEVER_ISSUED = new Set(['SA', 'SD', 'SS']);

/** The postcode in its normal form `1234 AB`, or undefined when it is not a Dutch postcode. */
export function normalisePostcode(input: string): string | undefined {
  const match = POSTCODE.exec(input.trim());
  if (!match) return undefined;
  const letters = match[2]!.toUpperCase();
  if (NEVER_ISSUED.has(letters)) return undefined;
  return `${match[1]} ${letters}`;
}

export const postcodeFieldType = defineFieldType<PostcodeField>()({
  type: 'postcode',
  rules: POSTCODE_RULES,
  check: (field, raw) => checkTextThen(field, raw, 'postcode', normalisePostcode),
  messageKey: textMessageKey,
});
