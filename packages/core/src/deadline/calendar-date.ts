/**
 * Calendar dates (`YYYY-MM-DD`) without time zone arithmetic: adding days, weeks, months or years,
 * the weekday, and the date in Europe/Amsterdam at a moment (from `Intl`, which knows the zone's
 * rules). A file apart from `plain-date.ts` (the moments a day begins and ends): a date question's
 * `today` bounds need only these, and esbuild puts a whole file in one chunk, so the deadline code
 * stays out of the form's first load (issue 11).
 */
import { TIME_ZONE } from '../time/time-zone.js';

/** `YYYY-MM-DD`, four-digit year. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export type CalendarUnit = 'days' | 'weeks' | 'months' | 'years';

/**
 * A calendar date as midnight UTC, for arithmetic on dates alone: adding days, weeks, months or
 * years to a date, and its weekday, do not depend on a time zone, and `TZDate` asks `Intl` for the
 * zone's offset on every step (about 25 µs each: 10,000 deadlines took minutes).
 * @throws RangeError for a date that does not exist
 */
export function calendarDate(date: string): Date {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1 || utc.getUTCDate() !== day) {
    throw new RangeError(`No such date: ${date}`);
  }
  return utc;
}

/** `date` plus `amount` units; a month without the day ends on its last day (31 January + 1 month = 28 February). */
export function addToDate(date: string, amount: number, unit: CalendarUnit): string {
  const moved = calendarDate(date);
  if (unit === 'days' || unit === 'weeks') {
    moved.setUTCDate(moved.getUTCDate() + (unit === 'weeks' ? amount * 7 : amount));
  } else {
    const day = moved.getUTCDate();
    moved.setUTCDate(1);
    moved.setUTCMonth(moved.getUTCMonth() + (unit === 'months' ? amount : amount * 12));
    const lastDay = new Date(Date.UTC(moved.getUTCFullYear(), moved.getUTCMonth() + 1, 0)).getUTCDate();
    moved.setUTCDate(Math.min(day, lastDay));
  }
  return moved.toISOString().slice(0, 10);
}

/** 1 (Monday) … 7 (Sunday). */
export function isoWeekday(date: string): number {
  return calendarDate(date).getUTCDay() || 7;
}

/** The calendar date in Europe/Amsterdam at a moment. */
export function dateAt(instant: string | Date | number): string {
  const parts = amsterdamDate().formatToParts(instantMs(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((each) => each.type === type)!.value;
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

let formatter: Intl.DateTimeFormat | undefined;
/** Year, month and day in Europe/Amsterdam, made once (building an `Intl.DateTimeFormat` is slow). */
function amsterdamDate(): Intl.DateTimeFormat {
  return (formatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }));
}

/** Milliseconds since the epoch of an ISO 8601 date-time, a Date or a number. @throws RangeError when invalid */
export function instantMs(instant: string | Date | number): number {
  const ms = typeof instant === 'number' ? instant : typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a moment in time: ${String(instant)}`);
  return ms;
}

/** Whether `a` is before `b` (both `YYYY-MM-DD`). */
export function dateBefore(a: string, b: string): boolean {
  return a < b;
}
