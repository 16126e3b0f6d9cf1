/**
 * Validation results as plain data (the Lion way): what is wrong where, with the message key and
 * its parameters. Never a sentence: the UI and server localise it, adding the field's label. One
 * zod schema; browsers check the server's 422 answer with the code generated from it
 * (`errors-answer.ts`) instead of trusting its shape.
 */
import * as z from '../zod.js';
import { isValidationMessageKey, VALIDATION_RULES, type ValidationMessageKey, type ValidationRule } from './rules.js';

export { isValidationMessageKey, VALIDATION_RULES, type ValidationMessageKey, type ValidationRule } from './rules.js';

export const ValidationErrorSchema = z.object({
  /** The id of the field or declaration concerned; `''` for the submission as a whole. */
  field: z.string(),
  target: z.enum(['field', 'declaration', 'submission']),
  rule: z.enum(VALIDATION_RULES as [ValidationRule, ...ValidationRule[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** i18n key under `validation.` in the core resources. */
  messageKey: z.custom<ValidationMessageKey>(isValidationMessageKey, 'not a validation message key'),
});
export type ValidationError = z.infer<typeof ValidationErrorSchema>;

/** A 422 answer as `@wmebv/server` sends it: `{ errors: [...] }` (members the schema does not name are dropped). */
export const ValidationErrorsAnswerSchema = z.object({ errors: z.array(ValidationErrorSchema) });
