/**
 * Texts of Open Forms components as our localized strings. Open Forms keeps a component's text in
 * the instance's default language (`LANGUAGE_CODE`, Dutch on municipal instances) on the component
 * itself, and other languages under `openForms.translations.<lang>.<property>`
 * (`openforms/formio/components/translations.py`); options carry the same under their own `openForms`.
 */
import type { LocalizedString } from '@wmebv/core';

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The language of texts outside `translations`. */
export const BASE_LOCALE = 'nl';

/**
 * A property of a component (or option) in every language it has, or undefined when empty.
 * `locales` collects the languages seen, so the definition lists them.
 */
export function localized(
  owner: Json,
  property: string,
  locales: Set<string>,
  convert: (text: string) => string = (text) => text,
): LocalizedString | undefined {
  const base = typeof owner[property] === 'string' ? convert(owner[property] as string).trim() : '';
  const translations = isObject(owner['openForms']) && isObject(owner['openForms']['translations']) ? owner['openForms']['translations'] : {};
  const texts: Record<string, string> = {};
  for (const [locale, values] of Object.entries(translations)) {
    if (!/^[a-z]{2,3}$/.test(locale) || !isObject(values)) continue;
    const value = values[property];
    if (typeof value === 'string' && value.trim() !== '') texts[locale] = convert(value).trim();
  }
  if (base !== '' && texts[BASE_LOCALE] === undefined) texts[BASE_LOCALE] = base;
  const entries = Object.keys(texts);
  if (entries.length === 0) return undefined;
  for (const locale of entries) locales.add(locale);
  if (entries.length === 1 && entries[0] === BASE_LOCALE) return texts[BASE_LOCALE]!;
  return texts;
}

/** The same for a model's `translations` (forms and form definitions): `{ nl: { name }, en: { name } }`. */
export function modelText(model: Json, property: string, locales: Set<string>): LocalizedString | undefined {
  return localized({ [property]: model[property], openForms: { translations: model['translations'] } }, property, locales);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', euro: '€' };

/**
 * The readable text of a content component's HTML: block ends become line breaks, tags go, entities
 * are decoded. Our `content` field shows plain text (Lit escapes everything), never markup.
 */
export function plainText(html: string): string {
  return html
    .replace(/<\s*br\s*\/?>/gi, '\n')
    .replace(/<\/\s*(p|div|li|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith('#')) {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** `"10MB"`, `"500 KB"`, `"1.5GB"` (Form.io's `fileMaxSize`) in bytes, or undefined. */
export function bytes(size: unknown): number | undefined {
  if (typeof size !== 'string') return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB)?\s*$/i.exec(size);
  if (!match) return undefined;
  const unit = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[(match[2] ?? 'B').toUpperCase() as 'B'];
  return Math.round(Number(match[1]) * unit);
}

/**
 * A Form.io pattern (a JavaScript regular expression without flags) as one that also compiles with
 * the `u` flag, as our patterns do: identity escapes such as `\-` outside a class are errors there,
 * so the needless backslashes go. Undefined when it still does not compile.
 */
export function unicodePattern(pattern: string): string | undefined {
  const compiles = (candidate: string): boolean => {
    try {
      new RegExp(candidate, 'u');
      return true;
    } catch {
      return false;
    }
  };
  if (compiles(pattern)) return pattern;
  const loosened = pattern.replace(/\\([^A-Za-z0-9\\^$.*+?()[\]{}|/])/g, '$1');
  return compiles(loosened) ? loosened : undefined;
}
