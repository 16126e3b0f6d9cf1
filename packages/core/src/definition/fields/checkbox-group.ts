import { accepted, defineFieldType, rejected } from './field-type.js';
import { optionLabel } from './options.js';
import type { CheckboxGroupField } from './checkbox-group.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const CHECKBOX_GROUP_RULES = ['option', 'minSelected', 'maxSelected'] as const;

export const checkboxGroupFieldType = defineFieldType<CheckboxGroupField>()({
  type: 'checkbox-group',
  rules: CHECKBOX_GROUP_RULES,
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
