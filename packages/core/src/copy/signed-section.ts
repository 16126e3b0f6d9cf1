import { isReceiptV2 } from '../receipt/format.js';
import type { Receipt } from '../receipt/receipt.js';
import type { ReviewSection } from '../review/review.js';
import type { Envelope } from '../submission/envelope.js';
import { signedWords, type SignedWords } from './signed-words.js';

/**
 * The id of the sender's copy's signed section: the one part of the HTML copy whose text
 * `wmebv verify-receipt` compares with the signed receipt (Awb 2:17 lid 2, 2:20).
 */
export const SIGNED_SECTION_ID = 'wmebv-signed';

/** One row of a description list: a key and the lines of its value. */
export interface SignedRow {
  key: string;
  lines: string[];
}

/**
 * The signed section as plain parts, in order. `@wmebv/components` renders each part with fixed
 * markup (a heading, a paragraph, a description list, a list, the review's summary list);
 * `signedSectionLines` reads the same parts as text. Nothing else goes into the section.
 */
export type SignedPart =
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'rows'; rows: SignedRow[] }
  /** Declarations (by their id in the definition) or attachments (by their id in the envelope). */
  | { kind: 'list'; of: 'declaration' | 'attachment'; items: { id: string; text: string }[] }
  /** The answers, rendered with the review step's summary list; an empty answer shows `emptyText`. */
  | { kind: 'review'; sections: ReviewSection[]; emptyText: string };

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * A moment as the signed section shows it, without Intl (so Node and every browser write the same
 * bytes): the wall-clock time at the offset the moment states, then the moment exactly, e.g.
 * "28 april 2026 om 00:30 (2026-04-28T00:30:00.000+02:00)". The server states its time of receipt
 * in Europe/Amsterdam time; a browser's time keeps the browser's offset.
 */
function moment(iso: string, words: SignedWords): string {
  const match = DATE_TIME.exec(iso);
  if (!match) return iso;
  const [, year, month, day, time] = match;
  return `${words.dateTime(Number(day), Number(month), year!, time!)} (${iso})`;
}

/**
 * The signed section of the sender's copy, made from the signed receipt alone (format 2), or from a
 * format-1 receipt and the envelope its digest covers (its declarations and late reason were only
 * in the envelope). Its words come from a fixed table per language (`signedWords`, the receipt's
 * `locale`), its times are written without Intl: the same parts in every browser and in Node.
 *
 * @param receipt - a receipt as `parseReceipt` accepts it (its signature is not checked here)
 * @param envelope - the envelope the receipt's digest covers; only read for a format-1 receipt
 */
export function signedSection(receipt: Receipt, envelope?: Envelope): SignedPart[] {
  const words = signedWords(receipt.locale);
  const declarations = isReceiptV2(receipt)
    ? receipt.declarations.map(({ id, text, agreedAt }) => ({ id, text: `${text} (${words.agreedAt(moment(agreedAt, words))})` }))
    : Object.entries(envelope?.declarations ?? {}).map(([id, agreedAt]) => ({
        id,
        text: `${words.declarationId(id)} (${words.agreedAt(moment(agreedAt, words))})`,
      }));
  const lateReason = isReceiptV2(receipt) ? receipt.lateReason : envelope?.lateReason;
  const rows: SignedRow[] = [
    { key: words.reference, lines: [receipt.reference] },
    { key: words.receivedAt, lines: [moment(receipt.receivedAt, words)] },
    { key: words.organisation, lines: [receipt.organisation.name] },
    { key: words.messageType, lines: [words.messageTypes[receipt.messageType]] },
    { key: words.form, lines: [words.formVersion(receipt.formId, receipt.formVersion)] },
  ];
  if (lateReason !== undefined) rows.push({ key: words.lateReason, lines: lateReason.split('\n') });
  const seal: SignedRow[] = [
    { key: words.digest, lines: [receipt.digest.value] },
    { key: words.kid, lines: [receipt.kid] },
    { key: words.signature, lines: [receipt.signature] },
  ];
  if (receipt.log) seal.push({ key: words.log, lines: [words.logEntry(receipt.log.seq, receipt.log.hash)] });
  return [
    { kind: 'heading', level: 2, text: words.heading },
    { kind: 'paragraph', text: words.intro(receipt.organisation.name) },
    { kind: 'rows', rows },
    { kind: 'heading', level: 3, text: words.answers },
    { kind: 'review', sections: receipt.review, emptyText: words.empty },
    ...(declarations.length === 0
      ? []
      : [{ kind: 'heading', level: 3, text: words.declarations } as const, { kind: 'list', of: 'declaration', items: declarations } as const]),
    { kind: 'heading', level: 3, text: words.attachments },
    receipt.attachments.length === 0
      ? { kind: 'paragraph', text: words.noAttachments }
      : {
          kind: 'list',
          of: 'attachment',
          items: receipt.attachments.map((file) => ({ id: file.id, text: words.attachment(file.name, file.size, file.sha256) })),
        },
    { kind: 'heading', level: 3, text: words.seal },
    { kind: 'rows', rows: seal },
  ];
}

/** HTML's white space (not every Unicode space): runs become one space, none at either end. */
export function collapseWhiteSpace(text: string): string {
  return text.replace(/[ \t\n\f\r]+/g, ' ').trim();
}

/** The text of parts, one line per heading, paragraph, key, value line and list item, white space collapsed, empty lines left out. */
export function signedPartLines(parts: readonly SignedPart[]): string[] {
  const raw = parts.flatMap((part): string[] => {
    switch (part.kind) {
      case 'heading':
      case 'paragraph':
        return [part.text];
      case 'rows':
        return part.rows.flatMap((row) => [row.key, ...row.lines]);
      case 'list':
        return part.items.map((item) => item.text);
      case 'review':
        return part.sections.flatMap((section) => [
          section.title,
          ...section.items.flatMap((item) => [item.label, ...(item.empty ? [part.emptyText] : item.lines)]),
        ]);
    }
  });
  return raw.map(collapseWhiteSpace).filter((line) => line !== '');
}

/**
 * The text the signed section of a sender's copy must show, line by line: the one text builder
 * that the copy's rendering test and `wmebv verify-receipt` both use (Awb 2:17 lid 2, 2:20).
 * Compare it with `textLines` of the section (`compareSignedText`).
 */
export function signedSectionLines(receipt: Receipt, envelope?: Envelope): string[] {
  return signedPartLines(signedSection(receipt, envelope));
}
