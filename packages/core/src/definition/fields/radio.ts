import * as z from '../../zod.js';
import { fieldBase, Options } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';

/** One choice from a few options, shown as radio buttons. The answer is the option's value. */
export const RadioFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('radio'), options: Options });
export type RadioField = z.infer<typeof RadioFieldSchema>;

export const radioFieldType = defineFieldType({
  type: 'radio',
  schema: RadioFieldSchema,
  rules: ['option'],
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
