/**
 * A calendar date as a `TZDate` in Europe/Amsterdam and back, for callers that do date-fns
 * arithmetic on zoned dates. The library's own deadline code no longer does: the moments a day
 * begins and ends come from `Intl` (plain-date.ts), so `@date-fns/tz` and date-fns stay out of
 * browser bundles (issue 11). A file of its own: esbuild follows a file's imports whenever any of
 * its exports is used.
 */
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { calendarDate } from './calendar-date.js';
import { DEADLINE_TIME_ZONE } from './plain-date.js';

/** Midnight at the start of `date` in Europe/Amsterdam. @throws RangeError for a date that does not exist */
export function zonedDate(date: string): TZDate {
  const utc = calendarDate(date);
  return new TZDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), DEADLINE_TIME_ZONE);
}

/** The calendar date of a zoned date. */
export function plainDate(zoned: Date): string {
  return lightFormat(zoned, 'yyyy-MM-dd');
}
