import { daysInMonth } from '@wmebv/core';

/** The three parts of a date as the user typed them. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

export const DATE_PART_ORDER: readonly DatePart[] = ['day', 'month', 'year'];

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

/**
 * The value of three date inputs: `''` when all are empty, otherwise `YYYY-MM-DD` from the parts as
 * typed, with a one-digit day or month zero-padded. Nothing is corrected or dropped: "31" "4" "2026"
 * gives `2026-04-31`, an empty day `2026-04-`, a two-digit year `26-04-05`; core's date validation
 * rejects those, and the user's input stays as it was. No `Date` is involved, so no time zone can
 * shift the day.
 */
export function joinDate(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The parts of a value as `joinDate` writes it (`YYYY-MM-DD`, possibly partial). */
export function splitDate(value: string): DateParts {
  if (!value) return { ...EMPTY_DATE };
  const match = /^([^-]*)-([^-]*)-(.*)$/.exec(value);
  if (!match) return { day: '', month: '', year: value };
  return { year: match[1]!, month: match[2]!, day: match[3]! };
}

/**
 * The parts that are wrong, in order day, month, year: empty, not a number, a month over 12, a day
 * over the days in that month (29 February only in a leap year), a year that is not four digits.
 */
export function wrongDateParts(parts: DateParts): DatePart[] {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  const yearNumber = /^\d{4}$/.test(year) && Number(year) > 0 ? Number(year) : undefined;
  const monthNumber = /^\d{1,2}$/.test(month) ? Number(month) : undefined;
  const monthOk = monthNumber !== undefined && monthNumber >= 1 && monthNumber <= 12;
  // With an unknown year, 29 February may still be right.
  const maxDay = monthOk ? daysInMonth(yearNumber ?? 2000, monthNumber) : 31;
  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : undefined;
  const dayOk = dayNumber !== undefined && dayNumber >= 1 && dayNumber <= maxDay;
  const wrong: DatePart[] = [];
  if (!dayOk) wrong.push('day');
  if (!monthOk) wrong.push('month');
  if (yearNumber === undefined) wrong.push('year');
  return wrong;
}

function pad(part: string): string {
  return /^\d$/.test(part) ? `0${part}` : part;
}
