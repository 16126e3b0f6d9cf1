/**
 * Which outage notices apply at a given moment, and what they mean for the channel and deadlines.
 */
import type { MessageType } from '../definition/schema.js';
import { isOnTime, type DecidedExtension, type OnTimeResult, type UnreachablePeriod } from '../deadline/on-time.js';
import type { Deadline } from '../deadline/period.js';
import { dateAt } from '../deadline/calendar-date.js';
import type { OutageChannel, OutageExtension, OutageNotice } from './notice.js';

function ms(value: string | Date | number): number {
  return typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** Where a notice stands at `at`: not begun, going on, or over. */
export function noticePhase(notice: OutageNotice, at: string | Date | number): 'upcoming' | 'current' | 'over' {
  const now = ms(at);
  if (notice.outcome?.kind === 'cancelled') return 'over';
  if (notice.outcome?.kind === 'happened')
    return now >= Date.parse(notice.outcome.end) ? 'over' : now < Date.parse(notice.outcome.start) ? 'upcoming' : 'current';
  if (now < Date.parse(notice.start)) return 'upcoming';
  if (notice.status === 'resolved') return notice.end && now >= Date.parse(notice.end) ? 'over' : 'current';
  if (notice.status === 'planned' && notice.expectedEnd && now >= Date.parse(notice.expectedEnd)) return 'over';
  return 'current';
}

/**
 * Whether the extension a notice carries still runs on the day of `at` (Europe/Amsterdam): until
 * the end of its `newEnd`. While it runs it must stay announced (Awb 2:21 lid 2). An extension on
 * planned work that was cancelled is treated as withdrawn, here and in `decidedExtension`.
 */
export function extensionRuns(notice: OutageNotice, at: string | Date | number): notice is OutageNotice & { extension: OutageExtension } {
  return notice.extension !== undefined && notice.outcome?.kind !== 'cancelled' && dateAt(ms(at)) <= notice.extension.newEnd;
}

/**
 * The notices to show people at `at`: ongoing ones, planned ones that have not ended and were not
 * cancelled (announced ahead), and any notice, resolved ones too, that carries an extension still
 * running: announcing the extension is the point of Awb 2:21 lid 2, and extensions are usually
 * decided at or after the end of the outage. Ongoing first, then by start.
 */
export function noticesToShow(notices: readonly OutageNotice[], at: string | Date | number, channel?: OutageChannel): OutageNotice[] {
  return notices
    .filter((notice) => (channel ? notice.channels.includes(channel) : true))
    .filter(
      (notice) =>
        notice.status === 'ongoing' ||
        (notice.status === 'planned' && notice.outcome === undefined && noticePhase(notice, at) !== 'over') ||
        extensionRuns(notice, at),
    )
    .sort((a, b) => rank(a) - rank(b) || Date.parse(a.start) - Date.parse(b.start));
}

function rank(notice: OutageNotice): number {
  return notice.status === 'ongoing' ? 0 : notice.status === 'planned' && notice.outcome === undefined ? 1 : 2;
}

/**
 * The notice that marks `channel` down at `at`: an `ongoing` notice for it that has started.
 * A planned notice does not take a channel down by itself: set it to `ongoing` when the work starts
 * (a server that still runs during planned work had better keep receiving).
 */
export function channelDownNotice(notices: readonly OutageNotice[], channel: OutageChannel, at: string | Date | number): OutageNotice | undefined {
  return notices.find((notice) => notice.status === 'ongoing' && notice.channels.includes(channel) && noticePhase(notice, at) === 'current');
}

/**
 * The times `channel` was (or is) unreachable, for `isOnTime` (Awb 2:21 lid 3): ongoing and
 * resolved notices, and planned work the operator recorded as having happened, with its actual
 * times. A planned window by itself (or a cancelled one) is no proof of an outage and never counts.
 */
export function unreachablePeriods(notices: readonly OutageNotice[], channel: OutageChannel = 'web-form'): UnreachablePeriod[] {
  return notices
    .filter((notice) => notice.channels.includes(channel))
    .flatMap((notice): UnreachablePeriod[] => {
      if (notice.status === 'planned') {
        return notice.outcome?.kind === 'happened' ? [{ start: notice.outcome.start, end: notice.outcome.end, noticeId: notice.id }] : [];
      }
      return [{ start: notice.start, ...(notice.status === 'resolved' && notice.end ? { end: notice.end } : {}), noticeId: notice.id }];
    });
}

/** Whether an extension covers a period of `messageType` whose last day is `end` (Awb 2:21 lid 1, as decided). */
export function extensionCovers(extension: OutageExtension, messageType: MessageType, end: string): boolean {
  return extension.messageTypes.includes(messageType) && extension.periodsEndingFrom <= end && end <= extension.periodsEndingUntil;
}

/**
 * The extension decided (Awb 2:21 lid 1) for a period of `messageType` ending on `deadline.end`:
 * only a decision whose scope covers that period applies; of several, the latest new end.
 */
export function decidedExtension(
  notices: readonly OutageNotice[],
  messageType: MessageType,
  deadline: Pick<Deadline, 'end'>,
): DecidedExtension | undefined {
  let best: DecidedExtension | undefined;
  for (const notice of notices) {
    const extension = notice.extension;
    if (!extension || notice.outcome?.kind === 'cancelled' || !extensionCovers(extension, messageType, deadline.end)) continue;
    if (!best || extension.newEnd > best.until) best = { until: extension.newEnd, noticeId: notice.id, decisionDate: extension.decision.date };
  }
  return best;
}

/**
 * `isOnTime` with everything a notices document says: the decided extension in scope (2:21 lid 1)
 * and the times the channel was unreachable (2:21 lid 3). The deadline hint in the form and a back
 * office both call this, so they cannot disagree.
 */
export function onTimeUnderNotices(
  receivedAt: string | Date,
  deadline: Deadline,
  notices: readonly OutageNotice[],
  messageType: MessageType,
  channel: OutageChannel = 'web-form',
): OnTimeResult {
  const extension = decidedExtension(notices, messageType, deadline);
  return isOnTime(receivedAt, deadline, unreachablePeriods(notices, channel), extension ? { extension } : {});
}
