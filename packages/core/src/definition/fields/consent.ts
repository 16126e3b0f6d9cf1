import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Id } from '../parts.js';
import { checkTicked, reviewTicked } from './checkbox.js';
import { defineFieldType } from './field-type.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = [] as const;

/**
 * Consent to be answered electronically (Awb 2:8): for this kind of message, at the address given
 * in the earlier `email` field `addressField`. A tick box whose label shows that address.
 */
export const ConsentFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RULES), type: z.literal('consent'), addressField: Id });
export type ConsentField = z.infer<typeof ConsentFieldSchema>;

export const consentFieldType = defineFieldType({
  type: 'consent',
  schema: ConsentFieldSchema,
  rules: RULES,
  requiredKey: 'validation.requiredCheckbox',
  check: (_field, raw) => checkTicked(raw),
  review: (_field, value, { locale }) => reviewTicked(value, locale),
});
