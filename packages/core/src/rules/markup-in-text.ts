import { localize } from '../definition/localized.js';
import { localizedStrings } from '../definition/walk.js';
import type { Rule } from './rule.js';

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
    return localizedStrings(definition).flatMap(({ value, pointer }) => {
      // The reader's language first, so the quoted text is the one the markup was found in.
      const first = localize(value, locale);
      const texts = typeof value === 'string' ? [value] : [first, ...Object.values(value)];
      const text = texts.find((candidate) => MARKUP.test(candidate));
      return text === undefined ? [] : [{ pointer, params: { markup: MARKUP.exec(text)![0], text } }];
    });
  },
};
