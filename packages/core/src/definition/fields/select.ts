import * as z from '../../zod.js';
import { fieldBase, Options } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';

/** One choice from a longer list, shown as a select. The answer is the option's value. */
export const SelectFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('select'), options: Options });
export type SelectField = z.infer<typeof SelectFieldSchema>;

export const selectFieldType = defineFieldType({
  type: 'select',
  schema: SelectFieldSchema,
  rules: ['option'],
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
