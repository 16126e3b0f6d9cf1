/**
 * The rules an outage notices document must keep beyond the shape of each member (the refinements
 * of `OutageNoticesSchema`), as named functions without zod: the zod schemas (`notice.ts`, for the
 * server and the CLI) and the check generated from them for browsers (`notices-check.generated.ts`,
 * D8 in docs/decisions.md) call the same ones. Each takes the value as the schema's shape gave it.
 */

interface ExtensionDays {
  periodsEndingFrom: string;
  periodsEndingUntil: string;
  newEnd: string;
}

interface NoticeTimes {
  status: string;
  start: string;
  end?: string | undefined;
  expectedEnd?: string | undefined;
  outcome?: { kind: 'happened'; start: string; end: string } | { kind: 'cancelled' } | undefined;
}

/** `periodsEndingUntil` is not before `periodsEndingFrom` (`YYYY-MM-DD` compares as text). */
export const extensionScopeInOrder = (extension: ExtensionDays): boolean => extension.periodsEndingFrom <= extension.periodsEndingUntil;

/** An extension moves the last day later: `newEnd` is after `periodsEndingFrom`. */
export const extensionMovesLater = (extension: ExtensionDays): boolean => extension.newEnd > extension.periodsEndingFrom;

/** Only a planned notice has an `outcome`. */
export const outcomeOnlyWhenPlanned = (notice: NoticeTimes): boolean => notice.outcome === undefined || notice.status === 'planned';

/** A window that happened does not end before it started. */
export const outcomeInOrder = (notice: NoticeTimes): boolean =>
  notice.outcome?.kind !== 'happened' || Date.parse(notice.outcome.end) >= Date.parse(notice.outcome.start);

/** A resolved notice says when the channel worked again. */
export const resolvedHasEnd = (notice: NoticeTimes): boolean => notice.status !== 'resolved' || notice.end !== undefined;

/** `end` is not before `start`. */
export const endAfterStart = (notice: NoticeTimes): boolean => notice.end === undefined || Date.parse(notice.end) >= Date.parse(notice.start);

/** `expectedEnd` is not before `start`. */
export const expectedEndAfterStart = (notice: NoticeTimes): boolean =>
  notice.expectedEnd === undefined || Date.parse(notice.expectedEnd) >= Date.parse(notice.start);

/** Every notice of a document has its own id. */
export const noticeIdsUnique = (document: { notices: ReadonlyArray<{ id: string }> }): boolean =>
  new Set(document.notices.map((notice) => notice.id)).size === document.notices.length;

/** An outage problem: a JSON pointer and what is wrong there. */
export interface OutageProblem {
  /** JSON pointer. */
  pointer: string;
  message: string;
}

/** An extension in the first format (`until` only, no scope) cannot be applied safely: say what replaces it. */
export function legacyExtensions(value: unknown): OutageProblem[] {
  const notices = (value as { notices?: unknown } | null)?.notices;
  if (!Array.isArray(notices)) return [];
  return notices.flatMap((notice: unknown, index) => {
    const extension = (notice as { extension?: Record<string, unknown> } | null)?.extension;
    return extension && typeof extension === 'object' && 'until' in extension && !('newEnd' in extension)
      ? [
          {
            pointer: `/notices/${index}/extension/until`,
            message:
              '"until" alone no longer describes an extension: state the scope the body decided (Awb 2:21 lid 1) with "messageTypes", "periodsEndingFrom", "periodsEndingUntil", "newEnd" and "decision" (see docs/outages.md).',
          },
        ]
      : [];
  });
}
