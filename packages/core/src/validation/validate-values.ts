import type { FileField, FormDefinition, InputField } from '../definition/schema.js';
import { inputFields } from '../definition/walk.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Attachment, FieldValue, FieldValues } from '../submission/envelope.js';
import { isEmpty, textLength } from './empty.js';
import { fileProblem, maxFilesOf, tooManyFiles } from './files.js';
import type { ValidationError, ValidationMessageKey, ValidationRule } from './errors.js';
import { normaliseBsn } from './validators/bsn.js';
import { isIsoDate } from './validators/date.js';
import { resolveDateBound } from './validators/date-bound.js';
import { isEmail } from './validators/email.js';
import { normaliseIban } from './validators/iban.js';
import { normaliseKvk } from './validators/kvk.js';
import { normaliseNumber } from './validators/number.js';
import { isPhoneNumber } from './validators/phone.js';
import { normalisePostcode } from './validators/postcode.js';

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
    const outcome = checkField(field, values[field.id], attachments, now);
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

type Fail = (rule: ValidationRule, params?: ValidationError['params'], value?: FieldValue) => FieldOutcome;

function checkField(field: InputField, raw: unknown, attachments: readonly Attachment[], now: Date): FieldOutcome {
  const fail: Fail = (rule, params = {}, value) => ({
    value,
    errors: [{ field: field.id, target: 'field', rule, params, messageKey: messageKeyFor(field, rule) }],
  });
  if (raw === undefined || raw === null || isEmpty(raw as FieldValue)) {
    return field.required ? fail('required') : { errors: [] };
  }
  switch (field.type) {
    case 'file':
      return checkFiles(field, raw, attachments, fail);
    case 'checkbox':
    case 'consent':
      return raw === true ? { value: true, errors: [] } : fail('type');
    case 'checkbox-group': {
      if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string')) return fail('type');
      const ticked = new Set(raw as string[]);
      const value = field.options.map((option) => option.value).filter((option) => ticked.has(option));
      if (value.length !== ticked.size) return fail('option', {}, value);
      if (field.maxSelected !== undefined && value.length > field.maxSelected) {
        return fail('maxSelected', { max: field.maxSelected, count: value.length }, value);
      }
      if (field.minSelected !== undefined && value.length < field.minSelected) {
        return fail('minSelected', { min: field.minSelected, count: value.length }, value);
      }
      return { value, errors: [] };
    }
    default:
      break;
  }
  if (typeof raw !== 'string') return fail('type');

  switch (field.type) {
    case 'text':
    case 'email':
    case 'tel':
    case 'postcode':
    case 'textarea': {
      const value = field.type === 'textarea' ? raw.replace(/\r\n?/g, '\n') : raw.trim();
      const length = textLength(value);
      if (field.maxLength !== undefined && length > field.maxLength) {
        return fail('maxLength', { max: field.maxLength, length }, value);
      }
      if (field.minLength !== undefined && length < field.minLength) {
        return fail('minLength', { min: field.minLength, length }, value);
      }
      if (field.pattern !== undefined && !matchesPattern(field.pattern, value)) {
        return fail('pattern', {}, value);
      }
      if (field.type === 'postcode') {
        const postcode = normalisePostcode(value);
        return postcode === undefined ? fail('postcode', {}, value) : { value: postcode, errors: [] };
      }
      if (field.type === 'email' && !isEmail(value)) return fail('email', {}, value);
      if (field.type === 'tel' && !isPhoneNumber(value)) return fail('tel', {}, value);
      return { value, errors: [] };
    }
    case 'bsn':
    case 'iban':
    case 'kvk': {
      const value = raw.trim();
      const normalise = field.type === 'bsn' ? normaliseBsn : field.type === 'iban' ? normaliseIban : normaliseKvk;
      const normal = normalise(value);
      return normal === undefined ? fail(field.type, {}, value) : { value: normal, errors: [] };
    }
    case 'number': {
      const value = normaliseNumber(raw);
      if (value === undefined) return fail('number', {}, raw.trim());
      const number = Number(value);
      if (field.integer && !Number.isInteger(number)) return fail('integer', {}, value);
      if (field.min !== undefined && number < field.min) return fail('min', { min: field.min }, value);
      if (field.max !== undefined && number > field.max) return fail('max', { max: field.max }, value);
      return { value, errors: [] };
    }
    case 'date': {
      const value = raw.trim();
      if (!isIsoDate(value)) return fail('date', {}, value);
      const min = field.minDate === undefined ? undefined : resolveDateBound(field.minDate, now);
      const max = field.maxDate === undefined ? undefined : resolveDateBound(field.maxDate, now);
      // ISO dates compare correctly as strings.
      if (min !== undefined && value < min) return fail('minDate', { min }, value);
      if (max !== undefined && value > max) return fail('maxDate', { max }, value);
      return { value, errors: [] };
    }
    case 'radio':
    case 'select':
      return field.options.some((option) => option.value === raw) ? { value: raw, errors: [] } : fail('option', {}, raw);
  }
}

const patterns = new Map<string, RegExp | null>();

/**
 * Whether the whole answer matches `pattern` (JavaScript syntax, Unicode mode), as HTML's `pattern`
 * attribute does. A pattern that does not compile never blocks an answer (the linter reports it).
 */
export function matchesPattern(pattern: string, value: string): boolean {
  let compiled = patterns.get(pattern);
  if (compiled === undefined) {
    try {
      compiled = new RegExp(`^(?:${pattern})$`, 'u');
    } catch {
      compiled = null;
    }
    patterns.set(pattern, compiled);
  }
  return compiled === null || compiled.test(value);
}

function checkFiles(field: FileField, raw: unknown, attachments: readonly Attachment[], fail: Fail): FieldOutcome {
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) return fail('type');
  const ids = raw as string[];
  if (tooManyFiles(field, ids.length)) return fail('maxFiles', { max: maxFilesOf(field), count: ids.length }, ids);
  const errors: ValidationError[] = [];
  for (const id of ids) {
    const attachment = attachments.find((candidate) => candidate.id === id && candidate.field === field.id);
    const problem = attachment ? fileProblem(field, attachment) : undefined;
    if (!attachment) errors.push(...fail('attachment', { id }).errors);
    else if (problem) errors.push({ field: field.id, target: 'field', rule: problem.rule, params: problem.params, messageKey: problem.messageKey });
  }
  return { value: ids, errors };
}

function messageKeyFor(field: InputField, rule: ValidationRule): ValidationMessageKey {
  if (rule === 'required') {
    if (field.type === 'radio' || field.type === 'select' || field.type === 'checkbox-group') return 'validation.requiredChoice';
    if (field.type === 'checkbox' || field.type === 'consent') return 'validation.requiredCheckbox';
    if (field.type === 'file') return 'validation.requiredFile';
    if (field.type === 'date') return 'validation.requiredDate';
    return 'validation.required';
  }
  if (rule === 'pattern' && field.type !== 'file' && 'patternMessage' in field && field.patternMessage !== undefined) {
    return 'validation.patternDescribed';
  }
  return `validation.${rule}`;
}
