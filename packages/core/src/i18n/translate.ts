import { createInstance, type i18n } from 'i18next';
import { en } from './en.js';
import type { MessageKey } from './message-key.js';
import { nl } from './nl.js';

/**
 * How every part of the library gets its words: a key and named parameters in, a string out.
 * Components depend on this interface only; i18next sits behind it. Values are not HTML-escaped
 * here: Lit escapes when rendering, so escaping twice would show `&amp;` to users.
 */
export type Translate = (key: MessageKey, params?: Record<string, unknown>) => string;

export type { MessageKey, MessageKeyIn } from './message-key.js';

/** The locales with complete resources; Dutch first and the fallback. */
export const SUPPORTED_LOCALES = ['nl', 'en'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** The i18next instance with the library's resources, for apps that want to add their own namespaces. */
export const i18nInstance: i18n = createInstance();
void i18nInstance.init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: 'nl',
  fallbackLng: 'nl',
  supportedLngs: [...SUPPORTED_LOCALES],
  nonExplicitSupportedLngs: true,
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

const translators = new Map<string, Translate>();

/** A translate function for `locale` (`nl`, `en`, `en-GB` ...); unknown locales fall back to Dutch. */
export function getTranslator(locale: string): Translate {
  const language = resolveLocale(locale);
  let translate = translators.get(language);
  if (!translate) {
    const fixed = i18nInstance.getFixedT(language);
    translate = (key, params) => fixed(key, params ?? {}) as string;
    translators.set(language, translate);
  }
  return translate;
}

/** The supported locale closest to `locale`: `en-US` → `en`, anything unknown → `nl`. */
export function resolveLocale(locale: string | undefined | null): SupportedLocale {
  const language = (locale ?? '').toLowerCase().split('-')[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language ?? '') ? (language as SupportedLocale) : 'nl';
}
