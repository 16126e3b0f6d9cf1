import { normaliseFileName } from '../answers/file-name.js';
import type { FormDefinition } from '../definition/schema.js';
import { allFields } from '../definition/walk.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Envelope } from '../submission/envelope.js';
import { normaliseLateReason } from '../submission/late-reason.js';
import type { ValidationError, ValidationMessageKey } from './errors.js';
import { validateValues } from './validate-values.js';
import { checkDeclarations } from './declarations.js';

export interface SubmissionResult {
  ok: boolean;
  /** Every problem at once, answers first in form order, then declarations. */
  errors: ValidationError[];
  /** The envelope as it is stored and as the receipt digest covers it: answers and file names normalised, unused attachments gone. */
  envelope: Envelope;
}

/**
 * Validates a whole submission against its definition; the server runs this on everything it
 * receives and never trusts the browser's checks. Answers to fields that do not exist or are hidden
 * are errors here (the browser never sends them), as are unknown declarations and files that no
 * visible answer refers to.
 */
export function validateSubmission(definition: FormDefinition, envelope: Envelope): SubmissionResult {
  const errors: ValidationError[] = [];
  const submissionError = (rule: ValidationError['rule'], params: ValidationError['params'], messageKey: ValidationMessageKey): void => {
    errors.push({ field: '', target: 'submission', rule, params, messageKey });
  };
  if (envelope.formId !== definition.id) submissionError('form', { formId: envelope.formId }, 'validation.form');

  // File names as stored: the same rule the browser applied before sending (issue 12 item 6), so
  // that every message, the receipt and the digest name the file as stored.
  const attachments = envelope.attachments.map((attachment) => ({ ...attachment, name: normaliseFileName(attachment.name) }));
  const result = validateValues(definition, envelope.values, attachments);
  const known = new Set(allFields(definition).map(({ field }) => field.id));
  const visible = visibleFieldIds(definition, result.values);
  for (const id of Object.keys(envelope.values)) {
    if (!known.has(id)) {
      errors.push({ field: id, target: 'field', rule: 'unknownField', params: { id }, messageKey: 'validation.unknownField' });
    } else if (!visible.has(id)) {
      errors.push({ field: id, target: 'field', rule: 'hiddenField', params: { id }, messageKey: 'validation.hiddenField' });
    }
  }
  errors.push(...result.errors);

  const declarations = definition.declarations ?? [];
  errors.push(...checkDeclarations(definition, envelope.declarations));

  const referenced = new Set(Object.values(result.values).flatMap((value) => (Array.isArray(value) ? value : [])));
  const seen = new Set<string>();
  for (const attachment of attachments) {
    if (!referenced.has(attachment.id) || seen.has(attachment.id)) {
      submissionError('attachment', { id: attachment.id }, 'validation.attachmentUnreferenced');
    }
    seen.add(attachment.id);
  }

  const lateReason = normaliseLateReason(envelope.lateReason);
  return {
    ok: errors.length === 0,
    errors,
    envelope: {
      formId: envelope.formId,
      formVersion: envelope.formVersion,
      locale: envelope.locale,
      values: result.values,
      declarations: Object.fromEntries(declarations.filter((d) => envelope.declarations[d.id]).map((d) => [d.id, envelope.declarations[d.id]!])),
      attachments: attachments.filter((attachment) => referenced.has(attachment.id)),
      ...(lateReason === undefined ? {} : { lateReason }),
    },
  };
}
