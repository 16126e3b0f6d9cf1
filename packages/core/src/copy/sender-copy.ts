import { localize } from '../definition/localized.js';
import type { FormDefinition, MessageType } from '../definition/schema.js';
import { receiptDeclarations } from '../receipt/declarations.js';
import type { Receipt } from '../receipt/receipt.js';
import { buildReview, type ReviewSection } from '../review/review.js';
import type { Attachment, Envelope, FieldValues } from '../submission/envelope.js';

/**
 * The id of the `<script type="application/json">` that carries the copy's JSON inside its HTML
 * (the HTML itself is made by @wmebv/components, `renderSenderCopyHtml`).
 */
export const SENDER_COPY_DATA_ID = 'wmebv-sender-copy';

/** The version of the sender's copy format; a reader can rely on the shape it names. */
export const SENDER_COPY_FORMAT = 'wmebv-sender-copy/1';

/**
 * The sender's copy (Awb 2:17 lid 2): everything the sender entered, made in the browser from the
 * data the browser has, never stored on or fetched from a server. As JSON it is this object; as
 * HTML see `renderSenderCopyHtml` in @wmebv/components (core holds the data, no markup).
 */
export interface SenderCopy {
  format: typeof SENDER_COPY_FORMAT;
  /** Before sending, after a receipt, or after a failed attempt (proof of attempt, Awb 2:21 lid 3). */
  status: 'not-sent' | 'received' | 'attempt-failed';
  /** When the copy was made (ISO 8601, the browser's clock). */
  madeAt: string;
  locale: string;
  organisation: { name: string };
  form: { id: string; version: string; title: string };
  messageType: MessageType;
  /** The answers as on the review step: visible fields, in form order, grouped by step. */
  review: ReviewSection[];
  /** Each declaration agreed to, with its text and when. */
  declarations: { id: string; label: string; agreedAt: string }[];
  /** Name, size and SHA-256 of each attached file (the files themselves are not in the copy). */
  attachments: Attachment[];
  /** The envelope exactly as sent (or as it would be sent); its digest is the receipt's `digest`. */
  envelope: Envelope;
  /** The signed receipt, once there is one. */
  receipt?: Receipt;
  /** A failed attempt: when, and why in the sender's words. */
  attempt?: { at: string; reason: string };
}

export interface SenderCopyInput {
  definition: FormDefinition;
  /** The envelope as sent; or give `values` (normalised), `attachments` and `declarations`. */
  envelope?: Envelope;
  values?: FieldValues;
  attachments?: Attachment[];
  declarations?: Record<string, string>;
  /** Defaults to the envelope's locale, else `nl`. */
  locale?: string;
  receipt?: Receipt;
  attempt?: { at: string | Date; reason: string };
  /** Defaults to now. */
  madeAt?: string | Date;
}

const iso = (moment: string | Date): string => (typeof moment === 'string' ? moment : moment.toISOString());

/**
 * Builds the sender's copy. A pure function of its input (plus the clock, unless `madeAt` is given).
 */
export function buildSenderCopy(input: SenderCopyInput): SenderCopy {
  const { definition, receipt, attempt } = input;
  const locale = input.locale ?? input.envelope?.locale ?? 'nl';
  const envelope: Envelope = input.envelope ?? {
    formId: definition.id,
    formVersion: definition.version,
    locale,
    values: input.values ?? {},
    declarations: input.declarations ?? {},
    attachments: input.attachments ?? [],
  };
  const declarations = receiptDeclarations(definition, { declarations: envelope.declarations, locale }).map(({ id, text, agreedAt }) => ({
    id,
    label: text,
    agreedAt,
  }));
  const copy: SenderCopy = {
    format: SENDER_COPY_FORMAT,
    status: receipt ? 'received' : attempt ? 'attempt-failed' : 'not-sent',
    madeAt: iso(input.madeAt ?? new Date()),
    locale,
    organisation: { name: definition.organisation.name },
    form: { id: definition.id, version: definition.version, title: localize(definition.title, locale) },
    messageType: definition.messageType,
    review: buildReview(definition, envelope.values, envelope.attachments, locale),
    declarations,
    attachments: envelope.attachments,
    envelope,
  };
  if (receipt) copy.receipt = receipt;
  else if (attempt) copy.attempt = { at: iso(attempt.at), reason: attempt.reason };
  return copy;
}

/** The copy as a JSON document (pretty-printed, UTF-8). */
export function renderSenderCopyJson(copy: SenderCopy): string {
  return JSON.stringify(copy, null, 2) + '\n';
}

/** A file name for the copy: `kopie-bezwaarschrift-BZW-7KX2-QD4M.html`, `kopie-bezwaarschrift-20260428-0030.json`. */
export function senderCopyFileName(copy: SenderCopy, extension: 'html' | 'json'): string {
  const stamp = copy.receipt?.reference ?? copy.madeAt.slice(0, 16).replace(/[-:]/g, '').replace('T', '-');
  const prefix = copy.locale.startsWith('en') ? 'copy' : 'kopie';
  return `${prefix}-${copy.form.id.replace(/[^A-Za-z0-9_-]/g, '_')}-${stamp}.${extension}`;
}
