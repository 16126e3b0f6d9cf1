import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';
import type { RadioField } from './radio.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const RADIO_RULES = ['option'] as const;

export const radioFieldType = defineFieldType<RadioField>()({
  type: 'radio',
  rules: RADIO_RULES,
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
