/**
 * Statutory periods counted in Europe/Amsterdam, with the Algemene termijnenwet applied and every
 * step of the reasoning kept, so a user interface can say which article moved which day.
 */
import type { MessageKey } from '../i18n/message-key.js';
import { atwDay, nextWorkingDay, type AtwDay } from './calendar.js';
import { addToDate, dateAt, instantMs, type CalendarUnit } from './calendar-date.js';
import { endOfDateInstant, startOfDateInstant } from './plain-date.js';

/** The rule behind one step of the reasoning. */
export type DeadlineRule =
  | 'period'
  | 'awb-6:7'
  | 'awb-6:8'
  | 'atw-1'
  | 'atw-1-lid-2'
  | 'atw-2'
  | 'atw-4'
  | 'not-statutory'
  | 'equal-status-unknown'
  | 'awb-2:21-lid-1'
  | 'awb-2:21-lid-3'
  | 'awb-2:23'
  | 'awb-6:11';

/**
 * One step of a deadline's reasoning. `messageKey` and `params` are for `describeDeadlineStep`;
 * dates in `params` are `YYYY-MM-DD`, moments ISO 8601.
 */
export interface DeadlineStep {
  rule: DeadlineRule;
  /** The article, as cited: "Atw art. 1 lid 1", "Awb 6:8 lid 1". */
  article: string;
  messageKey: MessageKey;
  params: Record<string, string | number>;
  /** The days an Atw step passed over, with their reasons. */
  days?: AtwDay[];
}

/** A period and its end. */
export interface Deadline {
  /** The first day of the period (`YYYY-MM-DD`); for an hours period, the day it starts. */
  start: string;
  /** The last day by counting alone, before the Atw. */
  nominalEnd: string;
  /** The last day of the period. */
  end: string;
  /** The last moment of the period: the end of `end` in Europe/Amsterdam, ISO 8601 UTC. */
  endsAt: string;
  /** The first moment of the period, ISO 8601 UTC. */
  startsAt: string;
  /** Whether the Atw applied (art. 4 and art. 1 lid 2 exclude some periods). */
  atwApplied: boolean;
  /**
   * False when a day that counted as a working day lies in a year without decree data (Atw art. 3
   * lid 3): a day declared equal later could still move the end. `uncoveredYears` names the years.
   */
  calendarComplete: boolean;
  uncoveredYears: number[];
  steps: DeadlineStep[];
}

/** What a period is. */
export type PeriodSpec =
  | {
      /** The event the period runs from (`YYYY-MM-DD`); the period starts the next day. */
      after: string;
      length: number;
      unit: CalendarUnit;
      /** A period counted back from an event ends `length` units before it; Atw art. 1 does not apply (lid 2). */
      direction?: 'forward' | 'backward';
      /** A period set by or under a law (Atw art. 1, art. 5); false for periods that are not. Default true. */
      statutory?: boolean;
    }
  | {
      /** The moment (ISO 8601) an hours period runs from. */
      afterMoment: string;
      length: number;
      unit: 'hours';
    };

/**
 * Whether the Atw applies to a period of this length and unit (art. 4 onder a): not to periods in
 * hours, of more than 90 days, more than twelve weeks, more than three months, or in years.
 */
export function atwExclusion(length: number, unit: CalendarUnit | 'hours'): string | undefined {
  if (unit === 'hours') return 'hours';
  if (unit === 'years') return 'years';
  if (unit === 'days' && length > 90) return 'days';
  if (unit === 'weeks' && length > 12) return 'weeks';
  if (unit === 'months' && length > 3) return 'months';
  return undefined;
}

/**
 * The end of a period with the Atw applied:
 * - art. 1 lid 1: a period ending on a Saturday, Sunday or recognised holiday runs to the next day
 *   that is none of these; not for a period counted backwards (lid 2);
 * - art. 2: a period of three days or more is extended so that it holds at least two such days;
 * - art. 3: the holidays (`atwDay`); art. 4: the periods it does not apply to.
 *
 * @throws RangeError for invalid dates, a length that is not a positive integer, or years the
 *   calendar does not support
 */
export function computeDeadline(spec: PeriodSpec): Deadline {
  if (!Number.isInteger(spec.length) || spec.length < 1) throw new RangeError(`A period has a positive whole length, not ${spec.length}.`);
  const steps: DeadlineStep[] = [];
  if (spec.unit === 'hours') {
    const from = instantMs(spec.afterMoment);
    // Hours are elapsed time, whatever the clocks do (as date-fns' addHours counted them).
    const end = new Date(from + spec.length * 3_600_000);
    const endsAt = end.toISOString();
    const startDay = dateAt(from);
    const endDay = dateAt(end.getTime());
    steps.push({
      rule: 'period',
      article: '',
      messageKey: 'deadline.step.periodHours',
      params: { from: new Date(from).toISOString(), length: spec.length, end: endsAt },
    });
    steps.push({ rule: 'atw-4', article: 'Atw art. 4 onder a', messageKey: 'deadline.step.atw4', params: { unit: 'hours', length: spec.length } });
    return {
      start: startDay,
      nominalEnd: endDay,
      end: endDay,
      endsAt,
      startsAt: new Date(from).toISOString(),
      atwApplied: false,
      calendarComplete: true,
      uncoveredYears: [],
      steps,
    };
  }

  const { after, length, unit } = spec;
  const backward = spec.direction === 'backward';
  if (backward) {
    const nominalEnd = addToDate(after, -length, unit);
    steps.push({ rule: 'period', article: '', messageKey: 'deadline.step.periodBackward', params: { event: after, length, unit, end: nominalEnd } });
    steps.push({ rule: 'atw-1-lid-2', article: 'Atw art. 1 lid 2', messageKey: 'deadline.step.atw1Backward', params: {} });
    return finish(nominalEnd, nominalEnd, nominalEnd, false, steps, []);
  }

  const start = addToDate(after, 1, 'days');
  const nominalEnd = addToDate(after, length, unit);
  steps.push({ rule: 'period', article: '', messageKey: 'deadline.step.period', params: { event: after, start, length, unit, end: nominalEnd } });

  if (spec.statutory === false) {
    steps.push({ rule: 'not-statutory', article: 'Atw art. 1 lid 1', messageKey: 'deadline.step.notStatutory', params: {} });
    return finish(start, nominalEnd, nominalEnd, false, steps, []);
  }
  const excluded = atwExclusion(length, unit);
  if (excluded) {
    steps.push({ rule: 'atw-4', article: 'Atw art. 4 onder a', messageKey: 'deadline.step.atw4', params: { unit, length } });
    return finish(start, nominalEnd, nominalEnd, false, steps, []);
  }
  return applyAtw(start, nominalEnd, steps);
}

/** Art. 1 and art. 2 on a forward statutory period from `start` to `nominalEnd`. */
function applyAtw(start: string, nominalEnd: string, steps: DeadlineStep[]): Deadline {
  const relied: AtwDay[] = [];
  let end = nominalEnd;

  // Art. 1 lid 1: not on a Saturday, Sunday or holiday.
  const moved = nextWorkingDay(end);
  relied.push(...moved.examined);
  if (moved.date !== end) {
    steps.push({
      rule: 'atw-1',
      article: 'Atw art. 1 lid 1',
      messageKey: 'deadline.step.atw1',
      params: { from: end, to: moved.date },
      days: moved.skipped,
    });
    end = moved.date;
  }

  // Art. 2: a period of at least three days (by its own length, before art. 1) holds at least two
  // working days, counted up to its end after art. 1.
  const days = daysBetween(start, end);
  if (daysBetween(start, nominalEnd).length >= 3) {
    let working = days.filter((day) => !day.nonWorking).length;
    if (working < 2) {
      const passed: AtwDay[] = [];
      let cursor = end;
      while (working < 2) {
        cursor = addToDate(cursor, 1, 'days');
        const day = atwDay(cursor);
        relied.push(day);
        if (day.nonWorking) passed.push(day);
        else working += 1;
      }
      const nonWorkingInPeriod = days.filter((day) => day.nonWorking);
      steps.push({
        rule: 'atw-2',
        article: 'Atw art. 2',
        messageKey: 'deadline.step.atw2',
        params: { from: end, to: cursor },
        days: [...nonWorkingInPeriod, ...passed],
      });
      end = cursor;
    }
    relied.push(...days);
  }
  return finish(start, nominalEnd, end, true, steps, relied);
}

function finish(start: string, nominalEnd: string, end: string, atwApplied: boolean, steps: DeadlineStep[], relied: AtwDay[]): Deadline {
  const uncoveredYears = [
    ...new Set(relied.filter((day) => !day.nonWorking && !day.equalStatusKnown).map((day) => Number(day.date.slice(0, 4)))),
  ].sort();
  if (uncoveredYears.length > 0) {
    steps.push({
      rule: 'equal-status-unknown',
      article: 'Atw art. 3 lid 3',
      messageKey: 'deadline.step.equalStatusUnknown',
      params: { years: uncoveredYears.join(', ') },
    });
  }
  return {
    start,
    nominalEnd,
    end,
    startsAt: startOfDateInstant(start),
    endsAt: endOfDateInstant(end),
    atwApplied,
    calendarComplete: uncoveredYears.length === 0,
    uncoveredYears,
    steps,
  };
}

function daysBetween(first: string, last: string): AtwDay[] {
  const days: AtwDay[] = [];
  for (let date = first; date <= last; date = addToDate(date, 1, 'days')) days.push(atwDay(date));
  return days;
}

/**
 * The period for an objection or appeal (bezwaar- of beroepschrift): six weeks (Awb 6:7) from the
 * day after the decision was announced (6:8 lid 1), with the Atw applied. Received in time when
 * received before its end (6:9 lid 1): `isOnTime`.
 *
 * @param announcementDate - the day the decision was sent or published (`YYYY-MM-DD`)
 */
export function objectionDeadline(announcementDate: string): Deadline {
  const deadline = computeDeadline({ after: announcementDate, length: 6, unit: 'weeks' });
  const [period, ...rest] = deadline.steps;
  return {
    ...deadline,
    steps: [
      {
        rule: 'awb-6:8',
        article: 'Awb 6:8 lid 1',
        messageKey: 'deadline.step.awb68',
        params: { announced: announcementDate, start: deadline.start },
      },
      { ...period!, rule: 'awb-6:7', article: 'Awb 6:7', messageKey: 'deadline.step.awb67', params: { ...period!.params } },
      ...rest,
    ],
  };
}
