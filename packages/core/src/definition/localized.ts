import * as z from '../zod.js';

/**
 * A string shown to users: either one string for every locale, or a map from locale code
 * (`nl`, `en`, ...) to the string in that locale.
 */
export const LocalizedStringSchema = z.union([
  z.string().check(z.minLength(1)),
  z.record(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)), z.string().check(z.minLength(1))),
]);

export type LocalizedString = z.infer<typeof LocalizedStringSchema>;

/** The locale every definition is written in first; the fallback when a translation is missing. */
export const DEFAULT_LOCALE = 'nl';

/**
 * Picks the string for `locale`, falling back to Dutch and then to any translation present, so a
 * missing translation shows the Dutch text rather than nothing. (The linter reports the gap.)
 */
export function localize(value: LocalizedString | undefined, locale: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return value[locale] ?? value[DEFAULT_LOCALE] ?? Object.values(value)[0] ?? '';
}
