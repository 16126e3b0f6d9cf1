import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * A BSN may only be processed where a law allows it (UAVG art. 46), so a `bsn` field needs a
 * `legalBasis` even when it is optional: asking for it at all needs the basis.
 */
export const bsnWithoutLegalBasis: Rule = {
  id: 'bsn-without-legal-basis',
  severity: 'error',
  article: 'UAVG art. 46',
  messageKey: 'findings.bsnWithoutLegalBasis',
  check(definition, { locale }) {
    return inputFields(definition)
      .filter(({ field }) => field.type === 'bsn' && !field.legalBasis)
      .map(({ field, pointer }) => ({ pointer, params: { id: field.id, label: localize(field.label, locale) } }));
  },
};
