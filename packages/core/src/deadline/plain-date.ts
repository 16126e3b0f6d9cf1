/**
 * The moments a calendar date (`YYYY-MM-DD`) begins and ends in Europe/Amsterdam, where every Dutch
 * statutory period is counted: local midnight, from the zone's offset that `Intl` reads in the
 * runtime's zone database, so a day that is 23 or 25 hours long (the DST changes in March and
 * October) still ends at local midnight. `Intl` rather than `@date-fns/tz` (which asks `Intl` the
 * same question through `TZDate`): the deadline hint runs in browsers, and `@date-fns/tz` with
 * date-fns was 3.3 kB minified of it (issue 11). A Node test compares every day of 1980-2060 with
 * `TZDate` (zoned-date.ts).
 */
import { TIME_ZONE } from '../time/time-zone.js';
import { calendarDate } from './calendar-date.js';

/** The zone deadlines are counted in: the time of the body (Awb 2:20 receipt, 6:9 on time). */
export const DEADLINE_TIME_ZONE = TIME_ZONE;

const DAY_MS = 86_400_000;

/**
 * The first moment of `date` in Europe/Amsterdam, as ISO 8601 UTC (`2026-03-29` → `2026-03-28T23:00:00.000Z`).
 * @throws RangeError for a date that does not exist
 */
export function startOfDateInstant(date: string): string {
  return new Date(localMidnight(calendarDate(date).getTime())).toISOString();
}

/**
 * The last moment of `date` in Europe/Amsterdam, as ISO 8601 UTC, the millisecond before the next
 * local midnight: `2026-04-28` → `2026-04-28T21:59:59.999Z` (summer time), `2026-01-05` →
 * `2026-01-05T22:59:59.999Z` (winter time).
 * @throws RangeError for a date that does not exist
 */
export function endOfDateInstant(date: string): string {
  return new Date(localMidnight(calendarDate(date).getTime() + DAY_MS) - 1).toISOString();
}

/**
 * Local midnight of the day whose UTC midnight is `utcMidnight` (ms): that wall-clock time less the
 * offset in force at local midnight. The offset at UTC midnight is the one in force a few hours
 * earlier, at local midnight, whenever no clock change lies between them; the second look corrects
 * the guess otherwise. Amsterdam's clocks change at 02:00 and 03:00, so midnight is never skipped or
 * repeated and the answer is exact.
 */
function localMidnight(utcMidnight: number): number {
  return utcMidnight - offsetAt(utcMidnight - offsetAt(utcMidnight));
}

let wallClock: Intl.DateTimeFormat | undefined;
/** Europe/Amsterdam's offset from UTC at `ms`, in ms: the wall-clock time there (from `Intl`) less the moment. */
function offsetAt(ms: number): number {
  wallClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
    calendar: 'gregory',
    numberingSystem: 'latn',
  });
  const parts = wallClock.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((each) => each.type === type)!.value);
  const wall = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999.
  wall.setUTCFullYear(part('year'), part('month') - 1, part('day'));
  wall.setUTCHours(part('hour'), part('minute'), part('second'));
  return wall.getTime() - Math.floor(ms / 1000) * 1000;
}
