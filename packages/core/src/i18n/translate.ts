import { hasMessages, messageFunction, SUPPORTED_LOCALES, type SupportedLocale } from './catalog.js';
import type { MessageKey } from './message-key.js';

/**
 * How every part of the library gets its words: a key and named parameters in, a string out.
 * Components depend on this interface only. Values are not HTML-escaped here: Lit escapes when
 * rendering, so escaping twice would show `&amp;` to users.
 */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

export type { MessageKey, MessageKeyIn } from './message-key.js';
export { SUPPORTED_LOCALES, type SupportedLocale } from './catalog.js';

const translators = new Map<SupportedLocale, Translate>();
const pluralRules = new Map<SupportedLocale, Intl.PluralRules>();

/**
 * A translate function for `locale` (`nl`, `en`, `en-GB` ...); unknown locales fall back to Dutch,
 * and so does a message the locale lacks (or whose messages are not loaded yet: `loadMessages`).
 * A key found nowhere comes back as itself. With a numeric `count`, i18next's plural keys apply:
 * `key_zero` (count 0), `key_one`/`key_other` (by `Intl.PluralRules`), then `key`.
 */
export function getTranslator(locale: string): Translate {
  const language = resolveLocale(locale);
  let translate = translators.get(language);
  if (!translate) {
    const order: SupportedLocale[] = language === 'nl' ? ['nl'] : [language, 'nl'];
    const nest = (nested: string): string => translate!(nested as MessageKey);
    translate = (key, params = {}) => {
      const count = params.count;
      for (const lng of order) {
        if (lng !== 'nl' && !hasMessages(lng)) continue;
        for (const candidate of typeof count === 'number' ? pluralKeys(key, count, lng) : [key]) {
          const message = messageFunction(lng, candidate);
          if (message) return message(params, nest);
        }
      }
      return key;
    };
    translators.set(language, translate);
  }
  return translate;
}

/** i18next's lookup order for a count: `_zero` (0 only), the plural category, the bare key. */
function pluralKeys(key: string, count: number, lng: SupportedLocale): string[] {
  let rules = pluralRules.get(lng);
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)));
  const keys = [`${key}_${rules.select(count)}`, key];
  return count === 0 ? [`${key}_zero`, ...keys] : keys;
}

/** The supported locale closest to `locale`: `en-US` → `en`, anything unknown → `nl`. */
export function resolveLocale(locale: string | undefined | null): SupportedLocale {
  const language = (locale ?? '').toLowerCase().split('-')[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language ?? '') ? (language as SupportedLocale) : 'nl';
}
