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
  check(definition) {
    return localizedStrings(definition).flatMap(({ value, pointer }) => {
      const texts = typeof value === 'string' ? [value] : Object.values(value);
      const markup = texts.map((text) => MARKUP.exec(text)?.[0]).find((found) => found !== undefined);
      return markup === undefined ? [] : [{ pointer, params: { markup, text: localize(value, 'nl') } }];
    });
  },
};
