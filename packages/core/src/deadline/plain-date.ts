/**
 * Calendar dates (`YYYY-MM-DD`) and the moments they begin and end in Europe/Amsterdam, where every
 * Dutch statutory period is counted. Moments go through `@date-fns/tz` (`TZDate`) and date-fns,
 * so a day that is 23 or 25 hours long (the DST changes in March and October) still ends
 * at local midnight.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, lightFormat } from 'date-fns';
import { TIME_ZONE } from '../time/time-zone.js';
import { ISO_DATE } from './calendar-date.js';

/** The zone deadlines are counted in: the time of the body (Awb 2:20 receipt, 6:9 on time). */
export const DEADLINE_TIME_ZONE = TIME_ZONE;

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
