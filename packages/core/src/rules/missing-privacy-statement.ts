import type { Rule } from './rule.js';

/** People must be told how their data is used (AVG art. 13): the form links the privacy statement. */
export const missingPrivacyStatement: Rule = {
  id: 'missing-privacy-statement',
  severity: 'warning',
  article: 'AVG art. 13',
  messageKey: 'findings.missingPrivacyStatement',
  check(definition) {
    return definition.organisation.privacyStatementUrl ? [] : [{ pointer: '/organisation', params: {} }];
  },
};
