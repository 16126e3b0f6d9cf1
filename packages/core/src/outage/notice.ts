/**
 * Outage notices (storingsmeldingen): what a body announces when a channel is down or will be
 * (Awb 2:21 lid 2), in one JSON document it can host anywhere (status page, CMS, CDN), so the
 * announcement keeps working when the intake server is what is down. Resolved notices stay in the
 * document as the record that Awb 2:21 lid 3 needs.
 */
import { LocalizedStringSchema } from '../definition/localized-schema.js';
import { MessageTypeSchema } from '../definition/schema.js';
import { readJsonInput } from '../json/json-input.js';
import * as z from '../zod.js';
import {
  endAfterStart,
  expectedEndAfterStart,
  extensionMovesLater,
  extensionScopeInOrder,
  legacyExtensions,
  noticeIdsUnique,
  outcomeInOrder,
  outcomeOnlyWhenPlanned,
  resolvedHasEnd,
  type OutageProblem,
} from './notice-rules.js';

export type { OutageProblem } from './notice-rules.js';

/** The channels a notice can concern; `web-form` is the channel this library serves. */
export const OUTAGE_CHANNELS = ['web-form', 'email', 'portal', 'phone', 'desk', 'post'] as const;
export const OutageChannelSchema = z.enum(OUTAGE_CHANNELS);
export type OutageChannel = z.infer<typeof OutageChannelSchema>;

export const OUTAGE_STATUSES = ['planned', 'ongoing', 'resolved'] as const;
export const OutageStatusSchema = z.enum(OUTAGE_STATUSES);
export type OutageStatus = z.infer<typeof OutageStatusSchema>;

const Moment = z.isoDateTime({ offset: true });
const IsoDate = z.isoDate();

/** Another way to reach the body while a channel is down. */
export const AlternativeRouteSchema = z.object({
  kind: z.enum(['phone', 'email', 'desk', 'post', 'web']),
  /** The number, address or URL as people should use it: "14 0999", "Raadhuisplein 1, Voorbeeld". */
  value: z.string().check(z.minLength(1)),
  /** Opening hours and the like. */
  note: z.optional(LocalizedStringSchema),
});
export type AlternativeRoute = z.infer<typeof AlternativeRouteSchema>;

/**
 * The decision that extends periods (Awb 2:21 lid 1). The scope is the body's to decide, so it is
 * stated, never inferred: which message types, which periods (by the day they would have ended)
 * and the new last day. `wmebv-outage-banner`, `decidedExtension` and the deadline hint apply it
 * only within that scope and describe it in those words.
 */
export const OutageExtensionSchema = z
  .object({
    /** The message types whose statutory periods are extended. */
    messageTypes: z.array(MessageTypeSchema).check(z.minLength(1)),
    /** Periods whose last day (after the Algemene termijnenwet) is on or after this day are in scope (`YYYY-MM-DD`). */
    periodsEndingFrom: IsoDate,
    /** ... and on or before this day (`YYYY-MM-DD`, Europe/Amsterdam). */
    periodsEndingUntil: IsoDate,
    /** The new last day of the periods in scope (`YYYY-MM-DD`, Europe/Amsterdam). */
    newEnd: IsoDate,
    /** The extension decision itself: its title, the day it was taken and, once published, where to read it. */
    decision: z.object({
      title: LocalizedStringSchema,
      date: IsoDate,
      url: z.optional(z.url({ protocol: /^https?$/ })),
    }),
  })
  .check(
    z.refine(extensionScopeInOrder, {
      message: '"periodsEndingUntil" is before "periodsEndingFrom".',
      path: ['periodsEndingUntil'],
    }),
    z.refine(extensionMovesLater, {
      message: '"newEnd" must be after "periodsEndingFrom": an extension moves the last day later.',
      path: ['newEnd'],
    }),
  );
export type OutageExtension = z.infer<typeof OutageExtensionSchema>;

/**
 * What happened to a planned window once it passed: the work took place (with the actual times,
 * which then count as downtime under Awb 2:21 lid 3) or it was cancelled. A planned window alone is
 * no proof of an outage.
 */
export const PlannedOutcomeSchema = z.union([
  z.object({ kind: z.literal('happened'), start: Moment, end: Moment }),
  z.object({ kind: z.literal('cancelled') }),
]);
export type PlannedOutcome = z.infer<typeof PlannedOutcomeSchema>;

/** One change to a notice, as the record of who knew what when (`wmebv outage` appends one per change). */
export const NoticeChangeSchema = z.object({
  /** When the change was made, ISO 8601 with offset. */
  at: Moment,
  action: z.enum(['added', 'updated', 'resolved', 'extended', 'happened', 'cancelled']),
  /** What changed, in a few words (no personal data). */
  detail: z.optional(z.string()),
});
export type NoticeChange = z.infer<typeof NoticeChangeSchema>;

export const OutageNoticeSchema = z
  .object({
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'An id holds letters, digits, ".", "-" and "_".')),
    channels: z.array(OutageChannelSchema).check(z.minLength(1)),
    status: OutageStatusSchema,
    /** When it started (or will start), ISO 8601 with offset. */
    start: Moment,
    /** When it is expected to end (planned, ongoing). */
    expectedEnd: z.optional(Moment),
    /** When it actually ended (resolved). */
    end: z.optional(Moment),
    message: LocalizedStringSchema,
    alternatives: z.optional(z.array(AlternativeRouteSchema)),
    extension: z.optional(OutageExtensionSchema),
    /** For a planned notice whose window has passed: it happened (actual times) or was cancelled. */
    outcome: z.optional(PlannedOutcomeSchema),
    /** Every change made to the notice, oldest first. */
    changes: z.optional(z.array(NoticeChangeSchema)),
    /** When the notice last changed; shown with it. */
    updatedAt: z.optional(Moment),
  })
  .check(
    z.refine(outcomeOnlyWhenPlanned, {
      message: 'Only a planned notice has an "outcome"; for an unplanned outage use "status": "resolved" with "end".',
      path: ['outcome'],
    }),
    z.refine(outcomeInOrder, {
      message: '"outcome.end" is before "outcome.start".',
      path: ['outcome', 'end'],
    }),
    z.refine(resolvedHasEnd, {
      message: 'A resolved notice needs "end": when the channel worked again.',
      path: ['end'],
    }),
    z.refine(endAfterStart, {
      message: '"end" is before "start".',
      path: ['end'],
    }),
    z.refine(expectedEndAfterStart, {
      message: '"expectedEnd" is before "start".',
      path: ['expectedEnd'],
    }),
  );
export type OutageNotice = z.infer<typeof OutageNoticeSchema>;

export const OutageNoticesSchema = z
  .object({
    $schema: z.optional(z.string()),
    /** Whose notices these are. */
    organisation: z.optional(z.string()),
    notices: z.array(OutageNoticeSchema),
  })
  .check(
    z.refine(noticeIdsUnique, {
      message: 'Every notice needs its own id.',
      path: ['notices'],
    }),
  );
export type OutageNotices = z.infer<typeof OutageNoticesSchema>;

/** Checks an outage notices document (parsed JSON or JSON text). */
export function parseOutageNotices(input: unknown): { ok: true; document: OutageNotices } | { ok: false; problems: OutageProblem[] } {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, problems: [{ pointer: '', message: `Not valid JSON: ${read.detail}` }] };
  const { value } = read;
  const result = OutageNoticesSchema.safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  const problems = result.error.issues.map((issue) => ({
    pointer: issue.path.map((segment) => '/' + String(segment)).join(''),
    message: issue.message,
  }));
  return { ok: false, problems: [...legacyExtensions(value), ...problems] };
}
