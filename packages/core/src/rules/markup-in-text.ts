import { localize } from '../definition/localized.js';
import { localizedStrings } from '../definition/walk.js';
import type { LocalizedString } from '../definition/localized.js';
import type { Rule, RuleHit } from './rule.js';

const MARKUP = /<\/?[A-Za-z][^<>]*>|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;

/**
 * Texts in a definition are plain text everywhere (form, review, receipt, server): HTML in a label
 * is never interpreted, so `<b>` would show as `<b>` to the citizen. Usually a mistake, so a warning.
 */
export const markupInText: Rule = {
  id: 'markup-in-text',
  severity: 'warning',
  article: 'docs/design.md, components (Lit escapes)',
  messageKey: 'findings.markupInText',
  check(definition, { locale }) {
    const hits: RuleHit[] = [];
    for (const { value, pointer } of localizedStrings(definition)) {
      const text = markedUp(value, locale);
      if (text !== undefined) hits.push({ pointer, params: { markup: MARKUP.exec(text)![0], text } });
    }
    return hits;
  },
};

/** The first translation with markup, the reader's language first (so the quoted text is the one it was found in). */
function markedUp(value: LocalizedString, locale: string): string | undefined {
  if (typeof value === 'string') return MARKUP.test(value) ? value : undefined;
  const first = localize(value, locale);
  if (MARKUP.test(first)) return first;
  for (const key in value) if (MARKUP.test(value[key]!)) return value[key];
  return undefined;
}
