import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/** Dutch statutory time, the zone receipts state their time in. */
export const RECEIPT_TIME_ZONE = 'Europe/Amsterdam';

/**
 * The moment of receipt by the server's clock (Awb 2:20: a message is received when it reaches
 * the body's system), as ISO 8601 with milliseconds and the Europe/Amsterdam offset of that moment:
 * `2026-04-28T00:30:00.000+02:00` in summer time, `+01:00` in winter.
 */
export function formatReceivedAt(instant: Date): string {
  return format(new TZDate(instant.getTime(), RECEIPT_TIME_ZONE), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}
