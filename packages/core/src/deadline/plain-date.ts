/**
 * Calendar dates (`YYYY-MM-DD`) and the moments they begin and end in Europe/Amsterdam, where every
 * Dutch statutory period is counted. Moments go through `@date-fns/tz` (`TZDate`) and date-fns,
 * so a day that is 23 or 25 hours long (the DST changes in March and October) still ends
 * at local midnight.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, lightFormat } from 'date-fns';
import { TIME_ZONE } from '../time/zone.js';

/** The zone deadlines are counted in: the time of the body (Awb 2:20 receipt, 6:9 on time). */
export const DEADLINE_TIME_ZONE = TIME_ZONE;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight at the start of `date` in Europe/Amsterdam. @throws RangeError for a date that does not exist */
export function zonedDate(date: string): TZDate {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const zoned = new TZDate(year, month - 1, day, DEADLINE_TIME_ZONE);
  if (zoned.getFullYear() !== year || zoned.getMonth() !== month - 1 || zoned.getDate() !== day) {
    throw new RangeError(`No such date: ${date}`);
  }
  return zoned;
}

/** The calendar date of a zoned date. */
export function plainDate(zoned: Date): string {
  return lightFormat(zoned, 'yyyy-MM-dd');
}

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
  const ms = instantMs(instant);
  return plainDate(new TZDate(ms, DEADLINE_TIME_ZONE));
}

/** The first moment of `date` in Europe/Amsterdam, as ISO 8601 UTC (`2026-03-29` → `2026-03-28T23:00:00.000Z`). */
export function startOfDateInstant(date: string): string {
  return new Date(zonedDate(date).getTime()).toISOString();
}

/**
 * The last moment of `date` in Europe/Amsterdam, as ISO 8601 UTC, the millisecond before the next
 * local midnight: `2026-04-28` → `2026-04-28T21:59:59.999Z` (summer time), `2026-01-05` →
 * `2026-01-05T22:59:59.999Z` (winter time).
 */
export function endOfDateInstant(date: string): string {
  const next = addDays(zonedDate(date), 1);
  return new Date(next.getTime() - 1).toISOString();
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
