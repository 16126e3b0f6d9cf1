/**
 * Which field types the language knows and which of them take an answer: derived from the registry
 * of checks, so the form's run time (walking the steps, the definition check's messages) needs no
 * zod schema. The document schema (`schema.ts`) re-exports both.
 */
import { INPUT_FIELD_TYPES } from './fields/registry.js';
import type { Field, FieldType, InputField } from './schema.js';

/** The field types the language knows, for messages about an unknown one: derived from the registry. */
export const FIELD_TYPES: readonly FieldType[] = [...INPUT_FIELD_TYPES.map((module) => module.type), 'fieldset', 'content'];

/** Field types that take no answer. */
export function isInputField(field: Field): field is InputField {
  return field.type !== 'fieldset' && field.type !== 'content';
}
