/**
 * Was a message on time? Awb 6:9 lid 1 (received before the end of the period), 2:21 lid 1 (an
 * extension the body decided because of an outage), 2:21 lid 3 (time the designated channel was
 * unreachable before the end is never held against the sender) and 2:23 (a message sent in good
 * faith through a channel that was not designated).
 */
import type { MessageKey } from '../i18n/message-key.js';
import { nextWorkingDay } from './calendar.js';
import { addToDate, dateAt, instantMs } from './calendar-date.js';
import { endOfDateInstant } from './plain-date.js';
import type { Deadline, DeadlineStep } from './period.js';

/** A time the designated electronic channel (Awb 2:13 lid 2) could not be reached. */
export interface UnreachablePeriod {
  /** ISO 8601. */
  start: string;
  /** ISO 8601; absent while it lasts (counted up to the moment of receipt). */
  end?: string;
  /** The outage notice that records it, if any. */
  noticeId?: string;
}

/** An extension decided by the body under Awb 2:21 lid 1 (e.g. from an outage notice). */
export interface DecidedExtension {
  /** The new last day, `YYYY-MM-DD`. */
  until: string;
  noticeId?: string;
  /** The day the extension was decided, `YYYY-MM-DD`. */
  decisionDate?: string;
}

export interface OnTimeOptions {
  /** A decided extension that covers this period; `decidedExtension` picks the one in scope. */
  extension?: DecidedExtension;
  /**
   * The kind of message. Only for an objection or administrative appeal (`bezwaar`, or a period
   * counted under Awb 6:7) does a late verdict cite Awb 6:11.
   */
  messageType?: string;
}

export interface OnTimeResult {
  onTime: boolean;
  /** ISO 8601 UTC. */
  receivedAt: string;
  /** The last moment that counted as on time, after 2:21 (ISO 8601 UTC). */
  endsAt: string;
  /** Milliseconds added under 2:21 lid 3. */
  outageMs: number;
  /** The outages that counted, merged and clipped to the period. */
  outages: { start: string; end: string }[];
  deadline: Deadline;
  /** The deadline's reasoning, then what 2:21 added, then the verdict. */
  steps: DeadlineStep[];
}

/**
 * Whether a message received at `receivedAt` (the body's clock, Awb 2:20) met `deadline`.
 *
 * Under 2:21 lid 3 the length of every outage of the designated channel that began before the end
 * of the period (from the start of the period on; overlapping outages counted once) is added to the
 * end: the sender is "in any case" not in default for that long. An outage still going on at the end
 * thus counts whole, which comes to the same as giving back, after the channel returned, the time
 * lost before the end. More may be excused (2:21 lid 3 first sentence, 6:11): a late answer here
 * says that it may still be accepted, never that it will be refused.
 */
export function isOnTime(
  receivedAt: string | Date,
  deadline: Deadline,
  outages: readonly UnreachablePeriod[] = [],
  options: OnTimeOptions = {},
): OnTimeResult {
  const received = instantMs(receivedAt);
  const steps: DeadlineStep[] = [...deadline.steps];
  let endsAt = instantMs(deadline.endsAt);

  if (options.extension) {
    const extended = instantMs(endOfDateInstant(options.extension.until));
    if (extended > endsAt) {
      endsAt = extended;
      steps.push({
        rule: 'awb-2:21-lid-1',
        article: 'Awb 2:21 lid 1',
        messageKey: 'deadline.step.awb221lid1',
        params: { to: options.extension.until, ...(options.extension.noticeId ? { notice: options.extension.noticeId } : {}) },
      });
    }
  }

  // 2:21 lid 3 counts outages "in a period before the end of that period": the end that applies,
  // so after an extension under lid 1 an outage before the new end counts as well.
  const periodStart = instantMs(deadline.startsAt);
  const statutoryEnd = instantMs(deadline.endsAt);
  const baseEnd = endsAt;
  const counted = mergeIntervals(
    outages
      .map((outage) => ({
        start: Math.max(instantMs(outage.start), periodStart),
        end: outage.end ? instantMs(outage.end) : Math.max(received, baseEnd),
      }))
      .filter((outage) => outage.start <= baseEnd && outage.end > outage.start),
  );
  const outageMs = counted.reduce((sum, outage) => sum + (outage.end - outage.start), 0);
  const countedIso = counted.map((outage) => ({ start: new Date(outage.start).toISOString(), end: new Date(outage.end).toISOString() }));
  if (outageMs > 0) {
    for (const outage of countedIso) {
      steps.push({
        rule: 'awb-2:21-lid-3',
        article: 'Awb 2:21 lid 3',
        messageKey: 'deadline.step.awb221lid3',
        params: { from: outage.start, to: outage.end },
      });
    }
    endsAt = baseEnd + outageMs;
  }

  const onTime = received <= endsAt;
  const inPlainTime = received <= statutoryEnd;
  const byOutage = onTime && received > baseEnd && outageMs > 0;
  const first = countedIso[0];
  const last = countedIso[countedIso.length - 1];
  steps.push(
    !onTime
      ? lateVerdict(endsAt, outageMs > 0, isObjection(deadline, options.messageType))
      : byOutage && first && last
        ? {
            rule: 'awb-2:21-lid-3',
            article: 'Awb 2:21 lid 3',
            messageKey: 'deadline.verdict.onTimeOutage',
            params: { from: first.start, to: last.end },
          }
        : !inPlainTime
          ? {
              rule: 'awb-2:21-lid-1',
              article: 'Awb 2:21 lid 1',
              messageKey: 'deadline.verdict.onTimeExtension',
              params: { end: new Date(endsAt).toISOString() },
            }
          : { rule: 'period', article: 'Awb 6:9 lid 1', messageKey: 'deadline.verdict.onTime', params: { end: deadline.endsAt } },
  );
  return {
    onTime,
    receivedAt: new Date(received).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    outageMs,
    outages: countedIso,
    deadline,
    steps,
  };
}

/** Objection and administrative appeal periods: those counted under Awb 6:7, or a `bezwaar`. */
function isObjection(deadline: Deadline, messageType: string | undefined): boolean {
  return messageType === 'bezwaar' || deadline.steps.some((step) => step.rule === 'awb-6:7');
}

/**
 * A late verdict names the test the law sets: whether the sender can reasonably be considered in
 * verzuim (at fault), Awb 6:11 for objections and appeals; after an outage also 2:21 lid 3 first
 * sentence, which has the same test for every period. Other periods: only that it ended.
 */
function lateVerdict(endsAt: number, outage: boolean, objection: boolean): DeadlineStep {
  const end = new Date(endsAt).toISOString();
  if (objection) return { rule: 'awb-6:11', article: 'Awb 6:11', messageKey: 'deadline.verdict.lateObjection', params: { end } };
  if (outage) return { rule: 'awb-2:21-lid-3', article: 'Awb 2:21 lid 3', messageKey: 'deadline.verdict.lateOutage', params: { end } };
  return { rule: 'period', article: '', messageKey: 'deadline.verdict.late', params: { end } };
}

function mergeIntervals(intervals: { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
}

/** A message sent in good faith through a channel that was not designated (Awb 2:23). */
export interface WrongChannel {
  /** When the body received it through that channel (ISO 8601). */
  receivedAt: string;
  /** When the body reacted under 2:16 lid 1 (forwarded it or told the sender); absent if not yet. */
  reactedAt?: string;
  /**
   * The kind of message. For an objection or administrative appeal (`bezwaar`, `beroep`) the body
   * may not just point at the right channel (2:16 lid 1 onder b): the message counts when received.
   */
  messageType?: string;
  /**
   * Whether the body designated a channel for this kind of message (2:13 lid 2). When it did not
   * (2:16 lid 1 onder c), no channel is wrong: the message counts when received. Default true.
   */
  channelDesignated?: boolean;
}

/** Message types 2:16 lid 1 onder b names: objections and administrative appeals. */
const MUST_BE_HANDLED = new Set(['bezwaar', 'beroep', 'administratief-beroep']);

/**
 * The deadline under Awb 2:23: extended by the time between receipt through the wrong channel and
 * the body's reaction (2:16 lid 1), but at least one working day (here: to the end of the first
 * Atw working day after the last day). Without `reactedAt`, `final` is false and `endsAt` is the
 * minimum the sender has in any case.
 *
 * Read for its purpose, 2:23 protects a sender who was on time through the wrong channel: when the
 * message itself arrived after the period ended there is nothing to protect and the deadline stays
 * as it was (`applies: false`). Where the body may not or need not just point at the right channel
 * (2:16 lid 1 onder b: objections and administrative appeals; onder c: no channel designated for
 * this kind of message) the message is simply received when it arrives (2:20, 6:9): no extension
 * either, and `isOnTime` on the original deadline with the wrong channel's `receivedAt` decides.
 */
export function wrongChannelExtension(deadline: Deadline, wrong: WrongChannel): Deadline & { final: boolean; applies: boolean } {
  const received = instantMs(wrong.receivedAt);
  const unchanged = (messageKey: MessageKey): Deadline & { final: boolean; applies: boolean } => ({
    ...deadline,
    steps: [...deadline.steps, { rule: 'awb-2:23', article: 'Awb 2:23', messageKey, params: { received: wrong.receivedAt, end: deadline.endsAt } }],
    final: true,
    applies: false,
  });
  if (wrong.messageType !== undefined && MUST_BE_HANDLED.has(wrong.messageType)) return unchanged('deadline.step.awb223Objection');
  if (wrong.channelDesignated === false) return unchanged('deadline.step.awb223NoDesignation');
  if (received > instantMs(deadline.endsAt)) return unchanged('deadline.step.awb223Late');

  const nextDay = nextWorkingDay(addToDate(deadline.end, 1, 'days'));
  const minimum = instantMs(endOfDateInstant(nextDay.date));
  const elapsed = wrong.reactedAt ? instantMs(wrong.reactedAt) - received : 0;
  const byElapsed = instantMs(deadline.endsAt) + Math.max(elapsed, 0);
  const endsAt = Math.max(minimum, byElapsed);
  const step: DeadlineStep = {
    rule: 'awb-2:23',
    article: 'Awb 2:23',
    messageKey: wrong.reactedAt ? 'deadline.step.awb223' : 'deadline.step.awb223Pending',
    params: {
      received: wrong.receivedAt,
      ...(wrong.reactedAt ? { reacted: wrong.reactedAt } : {}),
      end: new Date(endsAt).toISOString(),
      minimum: nextDay.date,
    },
  };
  return {
    ...deadline,
    end: dateAt(endsAt),
    endsAt: new Date(endsAt).toISOString(),
    steps: [...deadline.steps, step],
    final: Boolean(wrong.reactedAt),
    applies: true,
  };
}
