import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';
import type { SelectField } from './select.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const SELECT_RULES = ['option'] as const;

export const selectFieldType = defineFieldType<SelectField>()({
  type: 'select',
  rules: SELECT_RULES,
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
