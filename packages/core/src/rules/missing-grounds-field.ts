import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * What the sender must be able to write in their own words, per message type, and the article:
 * an objection contains its grounds (Awb 6:5 lid 1 onder d); a complaint describes the conduct
 * complained about (9:4 lid 2 onder d), which is not "grounds"; a view (zienswijze, 4:8, 3:15) is
 * the sender's own view.
 */
export const GROUNDS_BY_TYPE = {
  bezwaar: { article: 'Awb 6:5 lid 1 onder d', messageKey: 'findings.missingGroundsFieldBezwaar' },
  klacht: { article: 'Awb 9:4 lid 2 onder d', messageKey: 'findings.missingGroundsFieldKlacht' },
  zienswijze: { article: 'Awb 4:8, 3:15', messageKey: 'findings.missingGroundsFieldZienswijze' },
} as const;

/** The message types whose sender must be able to say why or what (see `GROUNDS_BY_TYPE`). */
export const TYPES_WITH_GROUNDS = Object.keys(GROUNDS_BY_TYPE) as (keyof typeof GROUNDS_BY_TYPE)[];

/**
 * Such a form needs a free-text field (`textarea`) to write in. The field need not be mandatory: an
 * objection without grounds (pro forma) is lawful and can be completed later (Awb 6:6).
 */
export const missingGroundsField: Rule = {
  id: 'missing-grounds-field',
  severity: 'warning',
  article: 'Awb 6:5 lid 1 onder d, 9:4 lid 2 onder d',
  messageKey: 'findings.missingGroundsFieldBezwaar',
  check(definition) {
    const type = definition.messageType;
    if (!(type in GROUNDS_BY_TYPE)) return [];
    if (inputFields(definition).some(({ field }) => field.type === 'textarea')) return [];
    const { article, messageKey } = GROUNDS_BY_TYPE[type as keyof typeof GROUNDS_BY_TYPE];
    return [{ pointer: '/messageType', params: { messageType: type }, article, messageKey }];
  },
};
