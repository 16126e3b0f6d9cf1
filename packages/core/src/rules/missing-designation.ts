import type { Rule } from './rule.js';

/**
 * A body receives formal messages electronically only through a channel it has designated (Awb
 * 2:13 lid 2, the aanwijzingsbesluit). Every message type except `overig` is formal, so the form
 * should cite the decision that designates it.
 */
export const missingDesignation: Rule = {
  id: 'missing-designation',
  severity: 'warning',
  article: 'Awb 2:13 lid 2',
  messageKey: 'findings.missingDesignation',
  check(definition) {
    if (definition.messageType === 'overig' || definition.organisation.designationDecision) return [];
    return [{ pointer: '/organisation', params: { messageType: definition.messageType } }];
  },
};
