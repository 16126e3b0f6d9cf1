import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * Consent to be answered electronically can never be mandatory: the electronic route may not be
 * imposed on an addressee (Awb 2:7 lid 2), and the body may send electronically only where the
 * addressee explicitly said so himself (2:8), per kind of message. A tick box that must be ticked
 * to send the form is no such indication, whatever legal basis it cites.
 */
export const mandatoryConsent: Rule = {
  id: 'mandatory-consent',
  severity: 'error',
  article: 'Awb 2:7 lid 2, 2:8',
  messageKey: 'findings.mandatoryConsent',
  check(definition, { locale }) {
    return inputFields(definition)
      .filter(({ field }) => field.type === 'consent' && field.required === true)
      .map(({ field, pointer }) => ({ pointer: `${pointer}/required`, params: { id: field.id, label: localize(field.label, locale) } }));
  },
};
