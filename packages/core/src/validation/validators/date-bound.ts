import { DATE_BOUND } from '../../definition/schema.js';

/** Today's date (`YYYY-MM-DD`) in Europe/Amsterdam, where the forms' users and bodies are. */
export function todayInAmsterdam(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The date a `minDate`/`maxDate` stands for: an ISO date as is, or `today`, `today+30d`,
 * `today-18y` (days, weeks, months, years) counted from today in Europe/Amsterdam. A month or year
 * step that lands on a day the month lacks (31 February) clamps to its last day.
 */
export function resolveDateBound(bound: string, now: Date = new Date()): string | undefined {
  if (!DATE_BOUND.test(bound)) return undefined;
  if (!bound.startsWith('today')) return bound;
  const today = todayInAmsterdam(now);
  const match = /^today([+-]\d+)([dwmy])$/.exec(bound);
  if (!match) return today;
  const amount = Number(match[1]);
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const unit = match[2];
  if (unit === 'd' || unit === 'w') date.setUTCDate(date.getUTCDate() + amount * (unit === 'w' ? 7 : 1));
  else {
    const months = unit === 'y' ? amount * 12 : amount;
    const target = new Date(Date.UTC(year, month - 1 + months, 1));
    const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(day, last));
    return target.toISOString().slice(0, 10);
  }
  return date.toISOString().slice(0, 10);
}
