import { TIME_ZONE, toZonedIso } from '@wmebv/core';

/** Dutch statutory time, the zone receipts state their time in (core's `TIME_ZONE`). */
export const RECEIPT_TIME_ZONE = TIME_ZONE;

/**
 * The moment of receipt by the server's clock (Awb 2:20: a message is received when it reaches
 * the body's system), as ISO 8601 with milliseconds and the Europe/Amsterdam offset of that moment:
 * `2026-04-28T00:30:00.000+02:00` in summer time, `+01:00` in winter.
 */
export function formatReceivedAt(instant: Date): string {
  return toZonedIso(instant);
}
