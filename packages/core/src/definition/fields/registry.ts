/**
 * Every field type that takes an answer, in one list. `FIELD_TYPES`, the validation dispatch, the
 * `ValidationRule` union, the message keys and words of the types' own rules, the required-answer
 * messages and the review text are all derived from it, and the definition schema from its twin
 * `schemas.ts` (the same types, in the same order, with their zod schemas): adding a type is one
 * module and its schema, one line in each list, plus one entry on the components' side
 * (docs/contributing.md). This list imports no zod, so a form checks answers without loading it.
 * Importing it registers nothing anywhere (no side effects); each module is importable on its own.
 */
import { bsnFieldType } from './bsn.js';
import { checkboxFieldType } from './checkbox.js';
import { checkboxGroupFieldType } from './checkbox-group.js';
import { consentFieldType } from './consent.js';
import { dateFieldType } from './date.js';
import { emailFieldType } from './email.js';
import type { FieldTypeMessages, FieldTypeModule, SharedFieldRule } from './field-type.js';
import { fileFieldType } from './file.js';
import { ibanFieldType } from './iban.js';
import { kentekenFieldType } from './kenteken.js';
import { kvkFieldType } from './kvk.js';
import { numberFieldType } from './number.js';
import { postcodeFieldType } from './postcode.js';
import { radioFieldType } from './radio.js';
import { selectFieldType } from './select.js';
import { telFieldType } from './tel.js';
import { textFieldType } from './text.js';
import { textareaFieldType } from './textarea.js';
import type { InputField } from './schemas.js';

/** The field types that take an answer, in the order `FIELD_TYPES` lists them. */
export const INPUT_FIELD_TYPES = [
  textFieldType,
  emailFieldType,
  telFieldType,
  postcodeFieldType,
  numberFieldType,
  bsnFieldType,
  ibanFieldType,
  kvkFieldType,
  kentekenFieldType,
  textareaFieldType,
  dateFieldType,
  selectFieldType,
  radioFieldType,
  checkboxFieldType,
  checkboxGroupFieldType,
  fileFieldType,
  consentFieldType,
] as const;

type Modules = typeof INPUT_FIELD_TYPES;

export type { InputField } from './schemas.js';
export type InputFieldType = InputField['type'];

/** The rules the field types can report (besides `required` and `type`). */
export type FieldTypeRule = Modules[number]['rules'][number];

const byType = new Map<string, FieldTypeModule>(INPUT_FIELD_TYPES.map((module) => [module.type, module as unknown as FieldTypeModule]));

/**
 * The module of a field type. Typed loosely on purpose: callers pass a field of that type, which
 * the discriminated `InputField` guarantees.
 */
export function fieldTypeOf(type: InputFieldType): FieldTypeModule {
  return byType.get(type)!;
}

/** Every rule a field type can report, once each, in registry order. */
export const FIELD_TYPE_RULES: readonly FieldTypeRule[] = [...new Set(INPUT_FIELD_TYPES.flatMap((module): readonly FieldTypeRule[] => module.rules))];

/** The rules that are a field type's own: worded in its module (`messages`), not in the resources. */
export type FieldTypeOwnRule = Exclude<FieldTypeRule, SharedFieldRule>;

/**
 * The words of every type's own rules, per locale (validation/message.ts serves them as
 * `validation.<rule>`). Two types that share an own rule share its words (the last one listed wins;
 * a test checks they agree).
 */
export const FIELD_TYPE_MESSAGES: FieldTypeMessages<FieldTypeOwnRule> = {
  nl: Object.assign({}, ...INPUT_FIELD_TYPES.map((module) => module.messages?.nl)) as Record<FieldTypeOwnRule, string>,
  en: Object.assign({}, ...INPUT_FIELD_TYPES.map((module) => module.messages?.en)) as Record<FieldTypeOwnRule, string>,
};
