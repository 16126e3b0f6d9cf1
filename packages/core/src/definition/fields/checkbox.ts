import { provideMessages } from '../../i18n/catalog.js';
import { answer } from '../../i18n/nl.js';
import { getTranslator } from '../../i18n/translate.js';
import { accepted, defineFieldType, rejected, type FieldCheck } from './field-type.js';
import type { CheckboxField } from './checkbox.schema.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { answer });

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const CHECKBOX_RULES = [] as const;

/** A tick box's answer: `true`, or the wrong shape. */
export function checkTicked(raw: unknown): FieldCheck<'type'> {
  return raw === true ? accepted(true) : rejected('type');
}

/** "Ja" / "Nee" in the review. */
export function reviewTicked(value: unknown, locale: string): string[] {
  return [getTranslator(locale)(value === true ? 'answer.yes' : 'answer.no')];
}

export const checkboxFieldType = defineFieldType<CheckboxField>()({
  type: 'checkbox',
  rules: CHECKBOX_RULES,
  requiredKey: 'validation.requiredCheckbox',
  check: (_field, raw) => checkTicked(raw),
  review: (_field, value, { locale }) => reviewTicked(value, locale),
});
