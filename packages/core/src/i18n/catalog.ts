import { compileMessage, type MessageFunction } from './compile.js';
import type { Resources } from './resources.js';

/** The locales with complete resources; Dutch first and the fallback. */
export const SUPPORTED_LOCALES = ['nl', 'en'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** Message namespaces by name (`field`, `validation`, ...), whole or some of them, or a part of one (merged in). */
export type Namespaces = { readonly [Name in keyof Resources]?: Readonly<Record<string, unknown>> };

const catalogs: Record<SupportedLocale, Record<string, unknown>> = { nl: {}, en: {} };
const compiled: Record<SupportedLocale, Map<string, MessageFunction>> = { nl: new Map(), en: new Map() };
const loading = new Map<SupportedLocale, Promise<void>>();
/** The locales whose resources are all here (Dutch comes with the modules that speak it). */
const whole = new Set<SupportedLocale>(['nl']);

/**
 * Makes message namespaces available in `locale`. Dutch is never fetched: every module that
 * translates provides the Dutch namespaces it uses when it loads, so a bundle holds exactly those.
 * Other languages come whole from `loadMessages`. A namespace provided again is merged into what is
 * there (the field types' own words join `validation` this way, in any order).
 */
export function provideMessages(locale: SupportedLocale, namespaces: Namespaces): void {
  const catalog = catalogs[locale];
  for (const [name, messages] of Object.entries(namespaces)) catalog[name] = { ...(catalog[name] as object | undefined), ...messages };
  compiled[locale].clear();
}

/** Makes every message of `locale` available (what `loadMessages` fetches; `provideAllMessages` in Node). */
export function provideLocale(locale: SupportedLocale, resources: Namespaces): void {
  provideMessages(locale, resources);
  whole.add(locale);
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
    pending = import('./en-browser.js').then(({ enBrowser }) => provideLocale('en', enBrowser));
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Whether `locale`'s messages are here (Dutch always is; others after `loadMessages`). */
export function hasMessages(locale: SupportedLocale): boolean {
  return whole.has(locale);
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
