/**
 * The longest `lateReason` accepted, in UTF-16 code units. Here, not beside `EnvelopeSchema`, so the
 * deadline hint's field (in the first load of a form with a deadline) brings no zod.
 */
export const LATE_REASON_MAX_LENGTH = 5000;

/**
 * The envelope's `lateReason` (Awb 6:11) as it is sent, stored and covered by the digest: line
 * breaks as `\n`, no leading or trailing white space, absent when nothing is left. The browser
 * applies it before sending and the server again on what it received, so both agree.
 *
 * @returns the normalised reason, or undefined when there is none
 */
export function normaliseLateReason(reason: string | undefined | null): string | undefined {
  const normal = (reason ?? '').replace(/\r\n?/g, '\n').trim();
  return normal === '' ? undefined : normal;
}
