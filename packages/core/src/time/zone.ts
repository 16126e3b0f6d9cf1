/** Moments in the one time zone of the library (`time-zone.ts`). */
import { TZDate, tzOffset } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { TIME_ZONE } from './time-zone.js';

/**
 * A moment as ISO 8601 with milliseconds and the Europe/Amsterdam offset of that moment:
 * `2026-04-28T00:30:00.000+02:00` in summer time, `+01:00` in winter. The form receipts state
 * their time of receipt in (Awb 2:20).
 */
export function toZonedIso(instant: Date): string {
  // lightFormat, not format: format brings every token and the en-US locale (4 kB gzip) to browsers.
  const local = lightFormat(new TZDate(instant.getTime(), TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ss.SSS");
  const minutes = tzOffset(TIME_ZONE, instant);
  const [sign, abs] = minutes < 0 ? ['-', -minutes] : ['+', minutes];
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
