import { addToDate, dateAt } from '../../deadline/plain-date.js';
import { DATE_BOUND } from '../../definition/schema.js';

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
