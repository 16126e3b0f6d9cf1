import { localize } from '../definition/localized.js';
import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

/**
 * A required question should say in its own words what to do when it is left empty ("Vul uw naam
 * in"), as GOV.UK and NL Design System write their messages; the library's default ("Vul een
 * antwoord in bij …") is correct but generic. A warning: the default still identifies the field.
 * Not reported where `required` itself is wrong (no `legalBasis`, or a consent): the way out there
 * may be to drop `required`, and those rules say so.
 */
export const missingErrorMessage: Rule = {
  id: 'missing-error-message',
  severity: 'warning',
  article: 'WCAG 2.2 SC 3.3.3',
  messageKey: 'findings.missingErrorMessage',
  check(definition, { locale }) {
    return inputFields(definition)
      .filter(({ field }) => field.required && field.legalBasis && field.type !== 'consent' && !field.errorMessages?.required)
      .map(({ field, pointer }) => ({ pointer: `${pointer}/required`, params: { id: field.id, label: localize(field.label, locale) } }));
  },
};
