/**
 * The one time zone of the library. Dutch statutory periods, the time of receipt (Awb 2:20) and
 * every time shown to users are in Europe/Amsterdam, whatever the zone of the browser or server.
 * A file of its own, without `@date-fns/tz`: code that only names the zone (`Intl` formatting)
 * keeps that library out of the form's first load (esbuild puts a whole file in one chunk).
 */
/** Dutch statutory time: the zone of deadlines, receipts and every time shown to users. */
export const TIME_ZONE = 'Europe/Amsterdam';
