/**
 * Outage notices (storingsmeldingen): what a body announces when a channel is down or will be
 * (Awb 2:21 lid 2), in one JSON document it can host anywhere (status page, CMS, CDN), so the
 * announcement keeps working when the intake server is what is down. Resolved notices stay in the
 * document as the record that Awb 2:21 lid 3 needs.
 */
import { LocalizedStringSchema } from '../definition/localized.js';
import { MessageTypeSchema } from '../definition/schema.js';
import { z } from '../zod.js';

/** The channels a notice can concern; `web-form` is the channel this library serves. */
export const OUTAGE_CHANNELS = ['web-form', 'email', 'portal', 'phone', 'desk', 'post'] as const;
export const OutageChannelSchema = z.enum(OUTAGE_CHANNELS);
export type OutageChannel = z.infer<typeof OutageChannelSchema>;

export const OUTAGE_STATUSES = ['planned', 'ongoing', 'resolved'] as const;
export const OutageStatusSchema = z.enum(OUTAGE_STATUSES);
export type OutageStatus = z.infer<typeof OutageStatusSchema>;

const Moment = z.iso.datetime({ offset: true });
const IsoDate = z.iso.date();

/** Another way to reach the body while a channel is down. */
export const AlternativeRouteSchema = z.object({
  kind: z.enum(['phone', 'email', 'desk', 'post', 'web']),
  /** The number, address or URL as people should use it: "14 0999", "Raadhuisplein 1, Voorbeeld". */
  value: z.string().check(z.minLength(1)),
  /** Opening hours and the like. */
  note: z.optional(LocalizedStringSchema),
});
export type AlternativeRoute = z.infer<typeof AlternativeRouteSchema>;

/** A deadline extension the body decided because of the outage (Awb 2:21 lid 1). */
export const OutageExtensionSchema = z.object({
  /** The message types whose statutory periods are extended; all when absent. */
  messageTypes: z.optional(z.array(MessageTypeSchema).check(z.minLength(1))),
  /** The new last day of periods that would have ended earlier (`YYYY-MM-DD`, Europe/Amsterdam). */
  until: IsoDate,
  /** The decision, when published. */
  decision: z.optional(z.object({ title: LocalizedStringSchema, url: z.url({ protocol: /^https?$/ }) })),
});
export type OutageExtension = z.infer<typeof OutageExtensionSchema>;

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
    /** When the notice last changed; shown with it. */
    updatedAt: z.optional(Moment),
  })
  .check(
    z.refine((notice) => notice.status !== 'resolved' || notice.end !== undefined, {
      message: 'A resolved notice needs "end": when the channel worked again.',
      path: ['end'],
    }),
    z.refine((notice) => notice.end === undefined || Date.parse(notice.end) >= Date.parse(notice.start), {
      message: '"end" is before "start".',
      path: ['end'],
    }),
    z.refine((notice) => notice.expectedEnd === undefined || Date.parse(notice.expectedEnd) >= Date.parse(notice.start), {
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
    z.refine((document) => new Set(document.notices.map((notice) => notice.id)).size === document.notices.length, {
      message: 'Every notice needs its own id.',
      path: ['notices'],
    }),
  );
export type OutageNotices = z.infer<typeof OutageNoticesSchema>;

export interface OutageProblem {
  /** JSON pointer. */
  pointer: string;
  message: string;
}

/** Checks an outage notices document (parsed JSON or JSON text). */
export function parseOutageNotices(
  input: unknown,
): { ok: true; document: OutageNotices } | { ok: false; problems: OutageProblem[] } {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, problems: [{ pointer: '', message: `Not valid JSON: ${(error as Error).message}` }] };
    }
  }
  const result = OutageNoticesSchema.safeParse(value);
  if (result.success) return { ok: true, document: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({ pointer: issue.path.map((segment) => '/' + String(segment)).join(''), message: issue.message })),
  };
}
