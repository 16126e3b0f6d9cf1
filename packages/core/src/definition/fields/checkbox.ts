import { provideMessages } from '../../i18n/catalog.js';
import { answer } from '../../i18n/nl.js';
import { getTranslator } from '../../i18n/translate.js';
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { accepted, defineFieldType, rejected, type FieldCheck } from './field-type.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { answer });

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = [] as const;

/** One tick box; its answer is `true` or absent. Required means it must be ticked. */
export const CheckboxFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RULES), type: z.literal('checkbox') });
export type CheckboxField = z.infer<typeof CheckboxFieldSchema>;

/** A tick box's answer: `true`, or the wrong shape. */
export function checkTicked(raw: unknown): FieldCheck<'type'> {
  return raw === true ? accepted(true) : rejected('type');
}

/** "Ja" / "Nee" in the review. */
export function reviewTicked(value: unknown, locale: string): string[] {
  return [getTranslator(locale)(value === true ? 'answer.yes' : 'answer.no')];
}

export const checkboxFieldType = defineFieldType({
  type: 'checkbox',
  schema: CheckboxFieldSchema,
  rules: RULES,
  requiredKey: 'validation.requiredCheckbox',
  check: (_field, raw) => checkTicked(raw),
  review: (_field, value, { locale }) => reviewTicked(value, locale),
});
