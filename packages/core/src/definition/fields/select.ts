import { z } from '../../zod.js';
import { fieldBase, Options } from '../parts.js';
import { accepted, defineFieldType, rejected } from './field-type.js';
import { optionLabel } from './options.js';

/** One choice from a longer list, shown as a select. The answer is the option's value. */
export const SelectFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('select'), options: Options });
export type SelectField = z.infer<typeof SelectFieldSchema>;

export const selectFieldType = defineFieldType({
  type: 'select',
  schema: SelectFieldSchema,
  rules: ['option'],
  requiredKey: 'validation.requiredChoice',
  check(field, raw) {
    if (typeof raw !== 'string') return rejected('type');
    return field.options.some((option) => option.value === raw) ? accepted(raw) : rejected('option', raw);
  },
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
