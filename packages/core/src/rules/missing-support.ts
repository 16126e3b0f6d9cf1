import type { Rule } from './rule.js';

/**
 * Duty of care (Awb 2:1 lid 1): people who get stuck need another way to reach the body. A form
 * needs `organisation.support` with at least a phone number, an e-mail address or a contact page.
 */
export const missingSupport: Rule = {
  id: 'missing-support',
  severity: 'warning',
  article: 'Awb 2:1 lid 1',
  messageKey: 'findings.missingSupport',
  check(definition) {
    const support = definition.organisation.support;
    if (support && (support.phone || support.email || support.url)) return [];
    return [{ pointer: support ? '/organisation/support' : '/organisation', params: {} }];
  },
};
