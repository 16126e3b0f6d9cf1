import { allFields, describeValidationErrors, type FormDefinition, type ValidationError } from '@wmebv/core';
import { HttpError } from '../http/http-error.js';

/** The most errors one 422 answer lists; `errorCount` tells how many there were. */
export const MAX_REPORTED_ERRORS = 50;

/** The members an envelope may have (core's `EnvelopeSchema`). */
const ENVELOPE_MEMBERS = 7;

/** Entries an answer list may hold: a checkbox group's options or a file field's files, never more. */
const MAX_LIST_ENTRIES = 200;

/**
 * Refuses an envelope that is larger than any honest one could be for this definition, before
 * anything looks at it closely (issue 12 item 5): more members than the envelope has, more answers
 * than the form has fields, more declarations than it asks, more attachments than its file fields
 * take, an answer list longer than any field allows, or a locale the form is not written in. Counting keys is cheap; validating,
 * canonicalising and describing 40,000 unknown answers cost 1.6 s and a 7.1 MiB answer.
 *
 * @param raw - the parsed JSON body, not yet checked
 * @throws HttpError 400 `invalid-envelope` with one problem naming the count and the bound
 */
export function assertBoundedEnvelope(raw: unknown, definition: FormDefinition): void {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return; // parseEnvelope answers this
  const fields = allFields(definition).map(({ field }) => field);
  const maxFiles = fields.reduce((total, field) => total + (field.type === 'file' ? (field.maxFiles ?? 1) : 0), 0);
  const envelope = raw as Record<string, unknown>;
  // Sent to the wrong form: that is the one thing to say, whatever else is in it.
  if (typeof envelope['formId'] === 'string' && envelope['formId'] !== definition.id) {
    const locale = definition.locales.includes(envelope['locale'] as string) ? (envelope['locale'] as string) : definition.locales[0]!;
    const error: ValidationError = {
      field: '',
      target: 'submission',
      rule: 'form',
      params: { formId: envelope['formId'] },
      messageKey: 'validation.form',
    };
    throw invalidSubmission(definition, [error], locale);
  }
  check('', envelope, ENVELOPE_MEMBERS, 'members');
  check('/values', envelope['values'], fields.length, 'answers');
  check('/declarations', envelope['declarations'], definition.declarations?.length ?? 0, 'declarations');
  check('/attachments', envelope['attachments'], maxFiles, 'attachments');
  // A language the form is not written in would be stored and used for every later message (item 9).
  const locale = envelope['locale'];
  if (typeof locale === 'string' && !definition.locales.includes(locale)) {
    throw new HttpError(400, 'invalid-envelope', "The envelope's language is not one of the form's.", {
      details: { problems: [{ pointer: '/locale', message: `The form is in ${definition.locales.join(', ')}.` }] },
    });
  }
  const values = envelope['values'];
  if (typeof values === 'object' && values !== null) {
    for (const [id, value] of Object.entries(values)) check(`/values/${id}`, value, MAX_LIST_ENTRIES, 'entries');
  }
}

function check(pointer: string, value: unknown, bound: number, what: string): void {
  if (typeof value !== 'object' || value === null) return;
  const count = Array.isArray(value) ? value.length : Object.keys(value).length;
  if (count <= bound) return;
  throw new HttpError(400, 'invalid-envelope', `The envelope has more ${what} than this form allows.`, {
    details: { problems: [{ pointer, message: `${count} ${what}; this form allows at most ${bound}.` }] },
  });
}

/**
 * The 422 answer for invalid answers: the first `MAX_REPORTED_ERRORS` errors, each described in the
 * sender's language (only those: describing is the costly part), and how many there were.
 */
export function invalidSubmission(definition: FormDefinition, errors: readonly ValidationError[], locale: string): HttpError {
  const reported = errors.slice(0, MAX_REPORTED_ERRORS);
  // One walk of the definition for all of them, not one per error.
  const messages = describeValidationErrors(definition, reported, locale);
  return new HttpError(
    422,
    'invalid-submission',
    `The submission has ${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}; see errors${
      errors.length > reported.length ? ` (the first ${reported.length})` : ''
    }.`,
    {
      body: {
        errors: reported.map((error, index) => ({ ...error, message: messages[index] })),
        ...(errors.length > reported.length ? { errorCount: errors.length } : {}),
      },
    },
  );
}
