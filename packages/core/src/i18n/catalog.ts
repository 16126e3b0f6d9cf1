import { compileMessage, type MessageFunction } from './compile.js';
import type { Resources } from './resources.js';

/** The locales with complete resources; Dutch first and the fallback. */
export const SUPPORTED_LOCALES = ['nl', 'en'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Message namespaces by name (`field`, `validation`, ...), whole or some of them. */
export type Namespaces = Partial<Resources>;

const catalogs: Record<SupportedLocale, Record<string, unknown>> = { nl: {}, en: {} };
const compiled: Record<SupportedLocale, Map<string, MessageFunction>> = { nl: new Map(), en: new Map() };
const loading = new Map<SupportedLocale, Promise<void>>();

/**
 * Makes message namespaces available in `locale`. Dutch is never fetched: every module that
 * translates provides the Dutch namespaces it uses when it loads, so a bundle holds exactly those.
 * Other languages come whole from `loadMessages`. Providing a namespace again replaces it.
 */
export function provideMessages(locale: SupportedLocale, namespaces: Namespaces): void {
  Object.assign(catalogs[locale], namespaces);
  compiled[locale].clear();
}

/**
 * Loads the messages of `locale` (a separate chunk for English, fetched once, without the `mail`
 * and `cli` namespaces that only Node speaks: `provideAllMessages` has those) and resolves when
 * `getTranslator(locale)` speaks it. Dutch resolves at once. Until it resolves, missing messages
 * fall back to Dutch. Rejects when the chunk cannot be fetched.
 */
export function loadMessages(locale: SupportedLocale): Promise<void> {
  if (locale === 'nl' || hasMessages(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = import('./en-browser.js').then(({ enBrowser }) => provideMessages('en', enBrowser));
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether `locale`'s messages are here (Dutch always is; others after `loadMessages`). */
export function hasMessages(locale: SupportedLocale): boolean {
  return locale === 'nl' || Object.keys(catalogs[locale]).length > 0;
}

/** The message function for `key` (dotted path) in `locale`, compiled on first use; undefined when absent. */
export function messageFunction(locale: SupportedLocale, key: string): MessageFunction | undefined {
  let found = compiled[locale].get(key);
  if (found) return found;
  let node: unknown = catalogs[locale];
  for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  if (typeof node !== 'string') return undefined;
  compiled[locale].set(key, (found = compileMessage(node, locale)));
  return found;
}
