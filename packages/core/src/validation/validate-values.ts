import type { Field, FileField, FormDefinition } from '../definition/schema.js';
import { allFields } from '../definition/walk.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Attachment, FieldValue, FieldValues } from '../submission/envelope.js';
import { isEmpty, textLength } from './empty.js';
import type { ValidationError, ValidationRule } from './errors.js';
import { isIsoDate } from './validators/date.js';
import { isEmail } from './validators/email.js';
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
}

/**
 * Validates and normalises answers against a definition, the same in browser and server.
 * Hidden fields (`visibleWhen`) are not validated and their answers dropped. Only `required` makes a
 * field mandatory (Awb 4:4 lid 2): every other constraint applies to an answered field only, as in HTML.
 *
 * @returns every error at once, in form order, and the normalised answers.
 */
export function validateValues(
  definition: FormDefinition,
  values: Readonly<Record<string, unknown>>,
  attachments: readonly Attachment[],
  options: ValidateValuesOptions = {},
): ValuesResult {
  const fields = allFields(definition).map(({ field }) => field);
  const normalised: FieldValues = {};
  const pending: ValidationError[][] = [];
  for (const field of fields) {
    const outcome = checkField(field, values[field.id], attachments);
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

function checkField(field: Field, raw: unknown, attachments: readonly Attachment[]): FieldOutcome {
  const fail = (rule: ValidationRule, params: ValidationError['params'] = {}, value?: FieldValue): FieldOutcome => ({
    value,
    errors: [{ field: field.id, target: 'field', rule, params, messageKey: messageKeyFor(field, rule), }],
  });
  if (isEmpty(raw as FieldValue | undefined)) {
    return field.required ? fail('required') : { errors: [] };
  }
  if (field.type === 'file') return checkFiles(field, raw, attachments, fail);
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
      if (field.type === 'postcode') {
        const postcode = normalisePostcode(value);
        return postcode === undefined ? fail('postcode', {}, value) : { value: postcode, errors: [] };
      }
      if (field.type === 'email' && !isEmail(value)) return fail('email', {}, value);
      if (field.type === 'tel' && !isPhoneNumber(value)) return fail('tel', {}, value);
      return { value, errors: [] };
    }
    case 'date': {
      const value = raw.trim();
      return isIsoDate(value) ? { value, errors: [] } : fail('date', {}, value);
    }
    case 'radio':
      return field.options.some((option) => option.value === raw)
        ? { value: raw, errors: [] }
        : fail('option', {}, raw);
  }
}

function checkFiles(
  field: FileField,
  raw: unknown,
  attachments: readonly Attachment[],
  fail: (rule: ValidationRule, params?: ValidationError['params'], value?: FieldValue) => FieldOutcome,
): FieldOutcome {
  if (!Array.isArray(raw) || raw.some((id) => typeof id !== 'string')) return fail('type');
  const ids = raw as string[];
  const maxFiles = field.maxFiles ?? 1;
  if (ids.length > maxFiles) return fail('maxFiles', { max: maxFiles, count: ids.length }, ids);
  const errors: ValidationError[] = [];
  for (const id of ids) {
    const attachment = attachments.find((candidate) => candidate.id === id && candidate.field === field.id);
    if (!attachment) {
      errors.push(...fail('attachment', { id }).errors);
    } else if (field.accept && !accepts(field.accept, attachment)) {
      errors.push(...fail('fileType', { name: attachment.name, accepted: describeAccept(field.accept) }).errors);
    } else if (field.maxFileSize !== undefined && attachment.size > field.maxFileSize) {
      errors.push(...fail('fileSize', { name: attachment.name, max: field.maxFileSize }).errors);
    }
  }
  return { value: ids, errors };
}

/** Whether a file matches an `accept` list of MIME types (`image/png`, `image/*`) or extensions (`.pdf`). */
export function accepts(accept: readonly string[], file: { name: string; type: string }): boolean {
  const type = file.type.toLowerCase();
  const name = file.name.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.toLowerCase();
    if (wanted.startsWith('.')) return name.endsWith(wanted);
    if (wanted.endsWith('/*')) return type.startsWith(wanted.slice(0, -1));
    return type === wanted;
  });
}

/** `application/pdf, image/jpeg` → `PDF, JPEG`: the names people know file types by. */
export function describeAccept(accept: readonly string[]): string {
  return accept
    .map((entry) => (entry.startsWith('.') ? entry.slice(1) : (entry.split('/')[1] ?? entry)).toUpperCase())
    .join(', ');
}

function messageKeyFor(field: Field, rule: ValidationRule): string {
  if (rule === 'required') {
    if (field.type === 'radio') return 'validation.requiredChoice';
    if (field.type === 'file') return 'validation.requiredFile';
    if (field.type === 'date') return 'validation.requiredDate';
    return 'validation.required';
  }
  return `validation.${rule}`;
}
