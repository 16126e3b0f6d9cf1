import * as z from '../../zod.js';
import { fieldBase, Id } from '../parts.js';
import { checkTicked, reviewTicked } from './checkbox.js';
import { defineFieldType } from './field-type.js';

/**
 * Consent to be answered electronically (Awb 2:8): for this kind of message, at the address given
 * in the earlier `email` field `addressField`. A tick box whose label shows that address.
 */
export const ConsentFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('consent'), addressField: Id });
export type ConsentField = z.infer<typeof ConsentFieldSchema>;

export const consentFieldType = defineFieldType({
  type: 'consent',
  schema: ConsentFieldSchema,
  rules: [],
  requiredKey: 'validation.requiredCheckbox',
  check: (_field, raw) => checkTicked(raw),
  review: (_field, value, { locale }) => reviewTicked(value, locale),
});
