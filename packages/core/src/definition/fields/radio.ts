import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkOneOption, optionLabel } from './options.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = ['option'] as const;

/** One choice from a few options, shown as radio buttons. The answer is the option's value. */
export const RadioFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RULES), type: z.literal('radio'), options: Options });
export type RadioField = z.infer<typeof RadioFieldSchema>;

export const radioFieldType = defineFieldType({
  type: 'radio',
  schema: RadioFieldSchema,
  rules: RULES,
  requiredKey: 'validation.requiredChoice',
  check: (field, raw) => checkOneOption(field.options, raw),
  review: (field, value, { locale }) => [optionLabel(field.options, String(value), locale)],
});
