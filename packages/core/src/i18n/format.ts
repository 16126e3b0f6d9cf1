import { provideMessages } from './catalog.js';
import { format } from './nl.js';
import { TIME_ZONE } from '../time/time-zone.js';
import { getTranslator, resolveLocale } from './translate.js';

// The Dutch words this module speaks (English arrives whole with loadMessages).
provideMessages('nl', { format });

const INTL_LOCALE = { nl: 'nl-NL', en: 'en-GB' } as const;

function intlLocale(locale: string): string {
  return INTL_LOCALE[resolveLocale(locale)];
}

/**
 * A moment as users read it, in Europe/Amsterdam time: `2026-04-27T22:30:00Z` →
 * "28 april 2026 om 00:30" (nl), "28 April 2026 at 00:30" (en).
 *
 * @param iso - ISO 8601 date-time with offset or `Z`
 * @throws RangeError when `iso` is not a valid date-time
 */
export function formatDateTime(iso: string, locale: string): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) throw new RangeError(`Not an ISO 8601 date-time: ${iso}`);
  const date = new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: TIME_ZONE,
  }).format(moment);
  const time = new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: TIME_ZONE,
  }).format(moment);
  return getTranslator(locale)('format.dateTime', { date, time });
}

/** A plain `YYYY-MM-DD` date as users read it: "15 maart 2026". No time zone shifts it. */
export function formatDate(isoDate: string, locale: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const moment = new Date(Date.UTC(year!, month! - 1, day!));
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(moment);
}

/** A file size in bytes as users read it: "850 bytes", "120 kB", "2,5 MB" (1 kB = 1024 bytes). */
export function formatBytes(bytes: number, locale: string): string {
  const t = getTranslator(locale);
  const number = (value: number, digits: number): string =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return t('format.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('format.kilobytes', { value: number(Math.round(bytes / 1024), 0) });
  return t('format.megabytes', { value: number(bytes / (1024 * 1024), 1) });
}

/** The parts of a legal basis a citation needs (see `LegalBasis`). */
export interface Citable {
  law: string;
  article: string;
  paragraph?: string;
  point?: string;
}

/**
 * A legal basis as lawyers cite it: "artikel 6:5 lid 1 onder a Awb" (nl), "article 6:5(1)(a) Awb" (en).
 */
export function formatCitation(basis: Citable, locale: string): string {
  if (resolveLocale(locale) === 'en') {
    const paragraph = basis.paragraph ? `(${basis.paragraph})` : '';
    const point = basis.point ? `(${basis.point})` : '';
    return `article ${basis.article}${paragraph}${point} ${basis.law}`;
  }
  const paragraph = basis.paragraph ? ` lid ${basis.paragraph}` : '';
  const point = basis.point ? ` onder ${basis.point}` : '';
  return `artikel ${basis.article}${paragraph}${point} ${basis.law}`;
}
