/**
 * The rules a validation error can name and its message keys, without zod: what the error schema
 * (`errors.ts`, for the server) and the check generated from it for browsers
 * (`errors-check.generated.ts`, D8 in docs/decisions.md) both use.
 */
import { FIELD_TYPE_MESSAGES, FIELD_TYPE_RULES, type FieldTypeOwnRule, type FieldTypeRule } from '../definition/fields/registry.js';
import type { MessageKeyIn } from '../i18n/message-key.js';
import { nlValidation as validation } from '../i18n/nl/validation.js';

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
