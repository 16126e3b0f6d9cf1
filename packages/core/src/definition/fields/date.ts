import { formatDate } from '../../i18n/format.js';
import { addToDate, dateAt } from '../../deadline/calendar-date.js';
import { accepted, defineFieldType, rejected } from './field-type.js';
import type { DateField } from './date.schema.js';

/** A date bound: `YYYY-MM-DD`, or relative to the day of answering: `today`, `today+30d`, `today-18y` (d, w, m, y). */
export const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5}[dwmy])?)$/;

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const DATE_RULES = ['date', 'minDate', 'maxDate'] as const;

/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (four-digit year). A plain date has
 * no time zone, so this is the same in every browser and on the server.
 */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in `month` (1-12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Today's date (`YYYY-MM-DD`) in Europe/Amsterdam, where the forms' users and bodies are. */
export function todayInAmsterdam(now: Date = new Date()): string {
  return dateAt(now);
}

const UNITS = { d: 'days', w: 'weeks', m: 'months', y: 'years' } as const;

/**
 * The date a `minDate`/`maxDate` stands for: an ISO date as is, or `today`, `today+30d`,
 * `today-18y` (days, weeks, months, years) counted from today in Europe/Amsterdam. A month or year
 * step that lands on a day the month lacks (31 February) clamps to its last day (date-fns).
 */
export function resolveDateBound(bound: string, now: Date = new Date()): string | undefined {
  if (!DATE_BOUND.test(bound)) return undefined;
  if (!bound.startsWith('today')) return bound;
  const today = todayInAmsterdam(now);
  const match = /^today([+-]\d+)([dwmy])$/.exec(bound);
  if (!match) return today;
  return addToDate(today, Number(match[1]), UNITS[match[2] as keyof typeof UNITS]);
}

export const dateFieldType = defineFieldType<DateField>()({
  type: 'date',
  rules: DATE_RULES,
  requiredKey: 'validation.requiredDate',
  check(field, raw, { now }) {
    if (typeof raw !== 'string') return rejected('type');
    const value = raw.trim();
    if (!isIsoDate(value)) return rejected('date', value);
    const min = field.minDate === undefined ? undefined : resolveDateBound(field.minDate, now);
    const max = field.maxDate === undefined ? undefined : resolveDateBound(field.maxDate, now);
    // ISO dates compare correctly as strings.
    if (min !== undefined && value < min) return rejected('minDate', value, { min });
    if (max !== undefined && value > max) return rejected('maxDate', value, { max });
    return accepted(value);
  },
  // An impossible date (31-04) is shown as typed, never silently moved to another day.
  review: (_field, value, { locale }) => [isIsoDate(String(value)) ? formatDate(String(value), locale) : String(value)],
});
