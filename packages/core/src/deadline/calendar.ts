/**
 * The calendar of the Algemene termijnenwet (Atw): which days are a Saturday, a Sunday or an
 * "algemeen erkende feestdag", and why.
 *
 * - Statutory holidays by rule (art. 3 lid 1): New Year's Day, Easter Monday, Ascension Day, Whit
 *   Monday, 25 and 26 December, the King's birthday as celebrated (27 April, 26 April when the 27th
 *   is a Sunday) and 5 May every year; Good Friday is equal by the law itself (art. 3 lid 2).
 * - Days declared equal by royal decree (art. 3 lid 3) as data (`equal-days.ts`); for a year the
 *   data does not cover, the day says so (`equalStatusKnown: false`) instead of guessing.
 */
import { EQUAL_STATUS_COVERAGE, EQUAL_STATUS_DAYS, type EqualStatusDay } from './equal-days.js';
import { addToDate, calendarDate, isoWeekday } from './calendar-date.js';

/** The King's birthday is celebrated on 27 April since 2014; earlier years had Queen's Day. */
export const FIRST_SUPPORTED_YEAR = 2014;

export type StatutoryHoliday =
  'newYearsDay' | 'goodFriday' | 'easterMonday' | 'kingsDay' | 'liberationDay' | 'ascensionDay' | 'whitMonday' | 'christmasDay' | 'boxingDay';

/** Why a day is not a working day for the Atw. */
export type DayReason =
  | { kind: 'saturday' }
  | { kind: 'sunday' }
  | { kind: 'holiday'; holiday: StatutoryHoliday; article: 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2' }
  | { kind: 'equal-status'; decree: string; article: 'Atw art. 3 lid 3' };

export interface AtwDay {
  /** `YYYY-MM-DD`. */
  date: string;
  /** 1 (Monday) … 7 (Sunday). */
  weekday: number;
  /** A Saturday, Sunday or recognised holiday (or a day declared equal): periods do not end on it. */
  nonWorking: boolean;
  /** Every reason, e.g. a Sunday that is also 5 May has two. */
  reasons: DayReason[];
  /** False when no decree data covers the year (art. 3 lid 3): the day may yet be declared equal. */
  equalStatusKnown: boolean;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher), `YYYY-MM-DD`. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface Holiday {
  date: string;
  holiday: StatutoryHoliday;
  article: 'Atw art. 3 lid 1' | 'Atw art. 3 lid 2';
}

const holidayCache = new Map<number, Holiday[]>();

/**
 * The recognised holidays of art. 3 lid 1 and 2 in `year`, in date order.
 * @throws RangeError for a year before 2014 (the King's Day rule; earlier years are not supported)
 */
export function statutoryHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > 9999) {
    throw new RangeError(`The Atw calendar covers the years ${FIRST_SUPPORTED_YEAR} to 9999, not ${year}.`);
  }
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const y = String(year);
  const kingsDay = isoWeekday(`${y}-04-27`) === 7 ? `${y}-04-26` : `${y}-04-27`;
  const lid1 = 'Atw art. 3 lid 1' as const;
  const list: Holiday[] = [
    { date: `${y}-01-01`, holiday: 'newYearsDay', article: lid1 },
    { date: addToDate(easter, -2, 'days'), holiday: 'goodFriday', article: 'Atw art. 3 lid 2' },
    { date: addToDate(easter, 1, 'days'), holiday: 'easterMonday', article: lid1 },
    { date: kingsDay, holiday: 'kingsDay', article: lid1 },
    { date: `${y}-05-05`, holiday: 'liberationDay', article: lid1 },
    { date: addToDate(easter, 39, 'days'), holiday: 'ascensionDay', article: lid1 },
    { date: addToDate(easter, 50, 'days'), holiday: 'whitMonday', article: lid1 },
    { date: `${y}-12-25`, holiday: 'christmasDay', article: lid1 },
    { date: `${y}-12-26`, holiday: 'boxingDay', article: lid1 },
  ];
  const holidays = list.sort((p, q) => (p.date < q.date ? -1 : p.date > q.date ? 1 : 0));
  holidayCache.set(year, holidays);
  return holidays;
}

/** Whether decree data (art. 3 lid 3) covers `year`. */
export function equalStatusKnown(year: number): boolean {
  return year >= EQUAL_STATUS_COVERAGE.fromYear && year <= EQUAL_STATUS_COVERAGE.toYear;
}

const equalByDate = new Map<string, EqualStatusDay>(EQUAL_STATUS_DAYS.map((day) => [day.date, day]));

/**
 * What the Atw makes of `date` (`YYYY-MM-DD`).
 * @throws RangeError for an invalid date or a year the calendar does not support
 */
export function atwDay(date: string): AtwDay {
  calendarDate(date); // validates
  const year = Number(date.slice(0, 4));
  const weekday = isoWeekday(date);
  const reasons: DayReason[] = [];
  if (weekday === 6) reasons.push({ kind: 'saturday' });
  if (weekday === 7) reasons.push({ kind: 'sunday' });
  for (const holiday of statutoryHolidays(year)) {
    if (holiday.date === date) reasons.push({ kind: 'holiday', holiday: holiday.holiday, article: holiday.article });
  }
  const equal = equalByDate.get(date);
  if (equal) reasons.push({ kind: 'equal-status', decree: equal.decree, article: 'Atw art. 3 lid 3' });
  return { date, weekday, nonWorking: reasons.length > 0, reasons, equalStatusKnown: equalStatusKnown(year) };
}

/** The first day on or after `date` that is a working day for the Atw, and the days passed over. */
export function nextWorkingDay(date: string): { date: string; skipped: AtwDay[]; examined: AtwDay[] } {
  const skipped: AtwDay[] = [];
  let day = atwDay(date);
  while (day.nonWorking) {
    skipped.push(day);
    day = atwDay(addToDate(day.date, 1, 'days'));
  }
  return { date: day.date, skipped, examined: [...skipped, day] };
}
