import { localizedStrings } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * Every text people see must exist in every language the form offers (`locales`); a missing one
 * falls back to Dutch, which a reader of the English form may not understand. A plain string (not a
 * `{ "nl": ..., "en": ... }` map) is meant for every language and is not reported.
 */
export const missingTranslation: Rule = {
  id: 'missing-translation',
  severity: 'warning',
  article: 'Awb 2:1 lid 1',
  messageKey: 'findings.missingTranslation',
  check(definition) {
    return localizedStrings(definition).flatMap(({ value, pointer }) => {
      if (typeof value === 'string') return [];
      const missing = definition.locales.filter((locale) => !(locale in value));
      return missing.length === 0 ? [] : [{ pointer, params: { locales: missing.join(', ') } }];
    });
  },
};
