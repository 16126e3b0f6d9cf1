import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/** The message types whose sender must be able to say why (Awb 6:5 lid 1 onder d; 9:4; 3:15). */
export const TYPES_WITH_GROUNDS = ['bezwaar', 'klacht', 'zienswijze'] as const;

/**
 * An objection must contain its grounds (Awb 6:5 lid 1 onder d), and a complaint or a view
 * (zienswijze) is nothing without the sender's own words: such a form needs a free-text field
 * (`textarea`) to write them in.
 */
export const missingGroundsField: Rule = {
  id: 'missing-grounds-field',
  severity: 'warning',
  article: 'Awb 6:5 lid 1 onder d, 4:2',
  messageKey: 'findings.missingGroundsField',
  check(definition) {
    if (!(TYPES_WITH_GROUNDS as readonly string[]).includes(definition.messageType)) return [];
    if (inputFields(definition).some(({ field }) => field.type === 'textarea')) return [];
    return [{ pointer: '/messageType', params: { messageType: definition.messageType } }];
  },
};
