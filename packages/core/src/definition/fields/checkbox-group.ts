import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options, PositiveInt } from '../parts.js';
import { accepted, defineFieldType, rejected } from './field-type.js';
import { optionLabel } from './options.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = ['option', 'minSelected', 'maxSelected'] as const;

/** Several tick boxes; the answer is the list of ticked option values, in the options' order. */
export const CheckboxGroupFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(RULES),
  type: z.literal('checkbox-group'),
  options: Options,
  minSelected: z.optional(PositiveInt),
  maxSelected: z.optional(PositiveInt),
});
export type CheckboxGroupField = z.infer<typeof CheckboxGroupFieldSchema>;

export const checkboxGroupFieldType = defineFieldType({
  type: 'checkbox-group',
  schema: CheckboxGroupFieldSchema,
  rules: RULES,
  requiredKey: 'validation.requiredChoice',
  check(field, raw) {
    if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) return rejected('type');
    const ticked = new Set(raw as string[]);
    const value = field.options.map((option) => option.value).filter((option) => ticked.has(option));
    if (value.length !== ticked.size) return rejected('option', value);
    if (field.maxSelected !== undefined && value.length > field.maxSelected) {
      return rejected('maxSelected', value, { max: field.maxSelected, count: value.length });
    }
    if (field.minSelected !== undefined && value.length < field.minSelected) {
      return rejected('minSelected', value, { min: field.minSelected, count: value.length });
    }
    return accepted(value);
  },
  review: (field, value, { locale }) => (Array.isArray(value) ? value : [String(value)]).map((item) => optionLabel(field.options, item, locale)),
});
