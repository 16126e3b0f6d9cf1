/**
 * Validation results as plain data (the Lion way): what is wrong where, with the message key and
 * its parameters. Never a sentence: the UI and server localise it, adding the field's label. One
 * zod schema, so the browser parses the server's 422 answer instead of trusting its shape.
 */
import { FIELD_TYPE_MESSAGES, FIELD_TYPE_RULES, type FieldTypeOwnRule, type FieldTypeRule } from '../definition/fields/registry.js';
import type { MessageKeyIn } from '../i18n/message-key.js';
import { nlValidation as validation } from '../i18n/nl/validation.js';
import * as z from '../zod.js';

/** A message key under `validation.` (the resources' or a field type's own): a typo fails the type check. */
export type ValidationMessageKey = `validation.${MessageKeyIn<'validation'> | FieldTypeOwnRule}`;

/** Whether `key` is a message key under `validation.` in the resources or of a field type. */
export function isValidationMessageKey(key: unknown): key is ValidationMessageKey {
  if (typeof key !== 'string' || !key.startsWith('validation.')) return false;
  const rule = key.slice('validation.'.length);
  return Object.hasOwn(validation, rule) || Object.hasOwn(FIELD_TYPE_MESSAGES.nl, rule);
}

/** The rules of the submission as a whole, not of one field type. */
const SUBMISSION_RULES = ['required', 'type', 'attachment', 'unknownField', 'hiddenField', 'unknownDeclaration', 'form'] as const;

/** Every rule a validation error can name: the submission's own, and those of the field types (registry). */
export type ValidationRule = (typeof SUBMISSION_RULES)[number] | FieldTypeRule;

/** The same, as a list (derived from the field type registry). */
export const VALIDATION_RULES: readonly ValidationRule[] = [...new Set<ValidationRule>([...SUBMISSION_RULES, ...FIELD_TYPE_RULES])];

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

/**
 * The errors of a 422 answer (`{ errors: [...] }`, as `@wmebv/server` sends them). Never throws.
 * Members the schema does not name (the server's `message`) are dropped.
 *
 * @returns the errors, or undefined when the answer does not have that shape
 */
export function parseValidationErrors(body: unknown): ValidationError[] | undefined {
  const result = z.object({ errors: z.array(ValidationErrorSchema) }).safeParse(body);
  return result.success ? result.data.errors : undefined;
}
