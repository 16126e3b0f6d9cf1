import { provideMessages } from '../i18n/catalog.js';
import { nlDeadline as deadline } from '../i18n/nl/deadline.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import { getTranslator } from '../i18n/translate.js';
import type { AtwDay, DayReason } from './calendar.js';
import type { CalendarUnit } from './calendar-date.js';
import type { DeadlineStep } from './period.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { deadline });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/** Why a day is not a working day, in words: "Goede Vrijdag", "zaterdag", "gelijkgesteld bij ...". */
export function describeDayReason(reason: DayReason, locale: string): string {
  const t = getTranslator(locale);
  if (reason.kind === 'holiday') return t(`deadline.holiday.${reason.holiday}`);
  if (reason.kind === 'equal-status') return t('deadline.day.equalStatus', { decree: reason.decree });
  return t(`deadline.day.${reason.kind}`);
}

/** "vrijdag 3 april 2026 (Goede Vrijdag)". */
export function describeAtwDay(day: AtwDay, locale: string): string {
  const reasons = day.reasons.filter((reason) => reason.kind !== 'saturday' && reason.kind !== 'sunday');
  const weekday = getTranslator(locale)(`deadline.weekday.${day.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`);
  const text = `${weekday} ${formatDate(day.date, locale)}`;
  return reasons.length > 0 ? `${text} (${reasons.map((reason) => describeDayReason(reason, locale)).join(', ')})` : text;
}

/** One step of a deadline's reasoning as a sentence in the user's language, dates and times in Europe/Amsterdam. */
export function describeDeadlineStep(step: DeadlineStep, locale: string): string {
  const t = getTranslator(locale);
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(step.params)) {
    if (typeof value === 'string' && DATE.test(value)) params[name] = formatDate(value, locale);
    else if (typeof value === 'string' && DATE_TIME.test(value)) params[name] = formatDateTime(value, locale);
    else params[name] = value;
  }
  if (typeof step.params['unit'] === 'string') {
    params['period'] = t(`deadline.unit.${step.params['unit'] as CalendarUnit}`, { count: Number(step.params['length'] ?? 0) });
  }
  params['days'] = (step.days ?? []).map((day) => describeAtwDay(day, locale)).join('; ');
  params['article'] = step.article;
  return t(step.messageKey, params);
}
