import { localizedStrings } from '../definition/walk.js';
import type { Rule, RuleHit } from './rule.js';

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
    const hits: RuleHit[] = [];
    for (const { value, pointer } of localizedStrings(definition)) {
      if (typeof value === 'string') continue;
      const missing = definition.locales.filter((locale) => !(locale in value));
      if (missing.length > 0) hits.push({ pointer, params: { locales: missing.join(', ') } });
    }
    return hits;
  },
};
