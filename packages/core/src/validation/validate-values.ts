import { isEmpty } from '../answers/empty.js';
import type { Attachment, FieldValue, FieldValues } from '../answers/value.js';
import type { CheckContext } from '../definition/fields/field-type.js';
import { fieldTypeOf } from '../definition/fields/registry.js';
import type { FormDefinition, InputField } from '../definition/schema.js';
import { visibleFieldIds } from '../definition/visibility.js';
import { inputFields } from '../definition/walk.js';
import type { ValidationError } from './errors.js';

export interface ValuesResult {
  errors: ValidationError[];
  /** The normalised answers of the visible, answered fields, in form order. */
  values: FieldValues;
}

export interface ValidateValuesOptions {
  /** Report errors only for these field ids (one step); the answers still come back whole. */
  only?: ReadonlySet<string>;
  /** The moment `today` in `minDate`/`maxDate` is counted from (Europe/Amsterdam); now when absent. */
  now?: Date;
}

/**
 * Validates and normalises answers against a definition, the same in browser and server.
 * Hidden fields (`visibleWhen`, or inside a hidden fieldset) are not validated and their answers
 * dropped. Only `required` makes a field mandatory (Awb 4:4 lid 2): every other constraint applies
 * to an answered field only, as in HTML.
 *
 * @returns every error at once, in form order, and the normalised answers.
 */
export function validateValues(
  definition: FormDefinition,
  values: Readonly<Record<string, unknown>>,
  attachments: readonly Attachment[],
  options: ValidateValuesOptions = {},
): ValuesResult {
  const fields = inputFields(definition).map(({ field }) => field);
  const normalised: FieldValues = {};
  const pending: ValidationError[][] = [];
  const now = options.now ?? new Date();
  for (const field of fields) {
    const outcome = checkField(field, values[field.id], { attachments, now });
    pending.push(outcome.errors);
    if (outcome.value !== undefined) normalised[field.id] = outcome.value;
  }
  const visible = visibleFieldIds(definition, normalised);
  const errors: ValidationError[] = [];
  fields.forEach((field, index) => {
    if (!visible.has(field.id)) {
      delete normalised[field.id];
      return;
    }
    if (!options.only || options.only.has(field.id)) errors.push(...pending[index]!);
  });
  return { errors, values: normalised };
}

interface FieldOutcome {
  value?: FieldValue;
  errors: ValidationError[];
}

/**
 * One field's answer: "not answered" is one rule for every type (`isEmpty`); anything else goes to
 * the field type's own check (`fields/<type>.ts`), whose problems become errors with their message key.
 */
function checkField(field: InputField, raw: unknown, context: CheckContext): FieldOutcome {
  if (raw === undefined || raw === null || isEmpty(raw as FieldValue)) return { errors: field.required ? [requiredError(field)] : [] };
  const module = fieldTypeOf(field.type);
  const checked = module.check(field, raw, context);
  const errors = checked.problems.map((problem): ValidationError => ({
    field: field.id,
    target: 'field',
    rule: problem.rule as ValidationError['rule'],
    params: problem.params ?? {},
    messageKey: module.messageKey?.(field, problem.rule) ?? `validation.${problem.rule as ValidationError['rule']}`,
  }));
  return checked.value === undefined ? { errors } : { value: checked.value, errors };
}

/**
 * The error of a required question left unanswered (Awb 4:4 lid 2), as `validateValues` reports it:
 * its field type's own message key ("Kies …" for a choice) or `validation.required` ("Vul … in").
 * Its sentence depends on the definition and the language only, so a form can describe it before
 * any pass finds it.
 */
export function requiredError(field: InputField): ValidationError {
  return { field: field.id, target: 'field', rule: 'required', params: {}, messageKey: fieldTypeOf(field.type).requiredKey ?? 'validation.required' };
}
