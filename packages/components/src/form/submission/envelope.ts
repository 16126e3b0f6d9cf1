import { normaliseLateReason, type Envelope, type FieldValues, type FormDefinition, type OutageNotice } from '@wmebv/core';
import { attachmentId } from './attachments.js';
import { hashFiles } from './hash-files.js';

/** What the form has when the user sends. */
export interface EnvelopeInput {
  form: FormDefinition;
  locale: string;
  /** The normalised answers (`checkAnswers(...).values`). */
  values: FieldValues;
  /** Declaration id → ISO 8601 time the sender agreed. */
  declarations: Readonly<Record<string, string>>;
  files: Readonly<Record<string, readonly File[]>>;
  lateReason: string;
  /** The outage notices the page knows (extensions and outages count for the period, Awb 2:21). */
  notices: readonly OutageNotice[];
}

/** An envelope ready to send, with the files by attachment id (the multipart part names). */
export interface PreparedEnvelope {
  envelope: Envelope;
  files: Map<string, File>;
}

/**
 * Builds the submission envelope (docs/design.md) from the form's state: normalised answers, the
 * declarations, each file's metadata with its SHA-256 (Web Crypto, in the browser), and the
 * `lateReason` only while the period seems to have passed (a corrected date takes it away, Awb 6:11).
 */
export async function prepareEnvelope(input: EnvelopeInput): Promise<PreparedEnvelope> {
  const { form, values, lateReason } = input;
  // The same normalisation the server applies, so the envelope the browser keeps is the one stored.
  const reason = normaliseLateReason(lateReason);
  const envelope: Envelope = {
    formId: form.id,
    formVersion: form.version,
    locale: input.locale,
    values,
    declarations: { ...input.declarations },
    attachments: await hashFiles(input.files),
    ...(reason !== undefined && (await seemsLate(input)) ? { lateReason: reason } : {}),
  };
  const files = new Map(
    Object.entries(input.files).flatMap(([field, list]) => list.map((file, index) => [attachmentId(field, index), file] as const)),
  );
  return { envelope, files };
}

/** Whether the period seems to have passed; the deadline code loads only for a definition with a `deadline`. */
async function seemsLate({ form, values, notices }: EnvelopeInput): Promise<boolean> {
  if (!form.deadline) return false;
  // Safe unguarded: for a definition with a `deadline` the form loads this part before its first
  // render, and every page of it asks for the part, showing "Een deel van dit formulier kon niet
  // worden geladen" instead while it is missing (form.ts renderPage, load-failure.ts). So the review
  // with "Verstuur", the only way here, shows only once the module is in the page's module map.
  const { deadlineSeemsPassed } = await import('../views/deadline-hint.js');
  return deadlineSeemsPassed(form, values, notices);
}
