import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = ['option'] as const;

/** One choice from a longer list, shown as a select. The answer is the option's value. */
export const SelectFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RULES), type: z.literal('select'), options: Options });
export type SelectField = z.infer<typeof SelectFieldSchema>;

export const selectFieldType = defineFieldType({
  type: 'select',
  schema: SelectFieldSchema,
  rules: RULES,
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
