/**
 * A string shown to users: either one string for every locale, or a map from locale code
 * (`nl`, `en`, ...) to the string in that locale. Checked by `LocalizedStringSchema`.
 */
export type LocalizedString = string | Record<string, string>;

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
