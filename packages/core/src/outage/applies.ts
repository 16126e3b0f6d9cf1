/**
 * Which outage notices apply at a given moment, and what they mean for the channel and deadlines.
 */
import type { MessageType } from '../definition/schema.js';
import type { DecidedExtension, UnreachablePeriod } from '../deadline/on-time.js';
import type { OutageChannel, OutageNotice } from './notice.js';

function ms(value: string | Date | number): number {
  return typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : value.getTime();
}

/** Where a notice stands at `at`: not begun, going on, or over. */
export function noticePhase(notice: OutageNotice, at: string | Date | number): 'upcoming' | 'current' | 'over' {
  const now = ms(at);
  if (now < Date.parse(notice.start)) return 'upcoming';
  if (notice.status === 'resolved') return notice.end && now >= Date.parse(notice.end) ? 'over' : 'current';
  if (notice.status === 'planned' && notice.expectedEnd && now >= Date.parse(notice.expectedEnd)) return 'over';
  return 'current';
}

/**
 * The notices to show people at `at`: ongoing ones, and planned ones that have not ended yet
 * (announced ahead, Awb 2:21 lid 2). Resolved notices are the record, not news: never shown.
 * Ongoing first, then by start.
 */
export function noticesToShow(notices: readonly OutageNotice[], at: string | Date | number, channel?: OutageChannel): OutageNotice[] {
  return notices
    .filter((notice) => (channel ? notice.channels.includes(channel) : true))
    .filter((notice) => notice.status === 'ongoing' || (notice.status === 'planned' && noticePhase(notice, at) !== 'over'))
    .sort((a, b) => (a.status === b.status ? Date.parse(a.start) - Date.parse(b.start) : a.status === 'ongoing' ? -1 : 1));
}

/**
 * The notice that marks `channel` down at `at`: an `ongoing` notice for it that has started.
 * A planned notice does not take a channel down by itself: set it to `ongoing` when the work starts
 * (a server that still runs during planned work had better keep receiving).
 */
export function channelDownNotice(notices: readonly OutageNotice[], channel: OutageChannel, at: string | Date | number): OutageNotice | undefined {
  return notices.find((notice) => notice.status === 'ongoing' && notice.channels.includes(channel) && noticePhase(notice, at) === 'current');
}

/** The times `channel` was (or is) unreachable, for `isOnTime` (Awb 2:21 lid 3): ongoing and resolved notices. */
export function unreachablePeriods(notices: readonly OutageNotice[], channel: OutageChannel = 'web-form'): UnreachablePeriod[] {
  return notices
    .filter((notice) => notice.channels.includes(channel) && notice.status !== 'planned')
    .map((notice) => ({ start: notice.start, ...(notice.status === 'resolved' && notice.end ? { end: notice.end } : {}), noticeId: notice.id }));
}

/** The latest extension decided (Awb 2:21 lid 1) for a message type, if any. */
export function decidedExtension(notices: readonly OutageNotice[], messageType: MessageType): DecidedExtension | undefined {
  let best: DecidedExtension | undefined;
  for (const notice of notices) {
    const extension = notice.extension;
    if (!extension || (extension.messageTypes && !extension.messageTypes.includes(messageType))) continue;
    if (!best || extension.until > best.until) best = { until: extension.until, noticeId: notice.id };
  }
  return best;
}
