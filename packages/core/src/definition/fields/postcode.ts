import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkTextThen, TEXT_RULES, textMessageKey } from './text-rules.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = [...TEXT_RULES, 'postcode'] as const;

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

/** A Dutch postcode, stored as `1234 AB`. */
export const PostcodeFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('postcode'),
});
export type PostcodeField = z.infer<typeof PostcodeFieldSchema>;

export const postcodeFieldType = defineFieldType({
  type: 'postcode',
  schema: PostcodeFieldSchema,
  rules: RULES,
  check: (field, raw) => checkTextThen(field, raw, 'postcode', normalisePostcode),
  messageKey: textMessageKey,
});
