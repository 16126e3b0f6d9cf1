import type { Rule } from './rule.js';

/**
 * Government websites publish an accessibility statement (Tijdelijk besluit digitale
 * toegankelijkheid overheid, art. 4); the form links it.
 */
export const missingAccessibilityStatement: Rule = {
  id: 'missing-accessibility-statement',
  severity: 'warning',
  article: 'Tijdelijk besluit digitale toegankelijkheid overheid art. 4',
  messageKey: 'findings.missingAccessibilityStatement',
  check(definition) {
    return definition.organisation.accessibilityStatementUrl ? [] : [{ pointer: '/organisation', params: {} }];
  },
};
