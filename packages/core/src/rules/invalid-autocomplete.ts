import { inputFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

// The autofill field names of the HTML Living Standard (4.10.18.7.1, "Autofilling form controls").
const FIELD_NAMES = new Set(
  (
    'name honorific-prefix given-name additional-name family-name honorific-suffix nickname username new-password ' +
    'current-password one-time-code organization-title organization street-address address-line1 address-line2 ' +
    'address-line3 address-level4 address-level3 address-level2 address-level1 country country-name postal-code ' +
    'cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp cc-exp-month cc-exp-year cc-csc cc-type ' +
    'transaction-currency transaction-amount language bday bday-day bday-month bday-year sex url photo'
  ).split(' '),
);
const CONTACT_NAMES = new Set(
  'tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix tel-extension email impp'.split(' '),
);
const CONTACT_KINDS = new Set(['home', 'work', 'mobile', 'fax', 'pager']);

/** Whether `value` is a valid autofill detail token list (`on`, `off`, or `[section-x] [shipping|billing] [home…] name [webauthn]`). */
export function isAutofillValue(value: string): boolean {
  const tokens = value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (tokens.length === 1 && (tokens[0] === 'on' || tokens[0] === 'off')) return true;
  if (tokens.at(-1) === 'webauthn') tokens.pop();
  if (tokens[0]?.startsWith('section-') && tokens[0].length > 'section-'.length) tokens.shift();
  if (tokens[0] === 'shipping' || tokens[0] === 'billing') tokens.shift();
  if (tokens.length === 2 && CONTACT_KINDS.has(tokens[0]!)) return CONTACT_NAMES.has(tokens[1]!);
  return tokens.length === 1 && (FIELD_NAMES.has(tokens[0]!) || CONTACT_NAMES.has(tokens[0]!));
}

/**
 * `autocomplete` must be an HTML autofill token, or browsers ignore it and people who rely on
 * autofill (motor or cognitive impairments) must type everything (WCAG 2.2 SC 1.3.5).
 */
export const invalidAutocomplete: Rule = {
  id: 'invalid-autocomplete',
  severity: 'warning',
  article: 'WCAG 2.2 SC 1.3.5',
  messageKey: 'findings.invalidAutocomplete',
  check(definition) {
    return inputFields(definition)
      .filter(({ field }) => field.autocomplete !== undefined && !isAutofillValue(field.autocomplete))
      .map(({ field, pointer }) => ({ pointer: `${pointer}/autocomplete`, params: { id: field.id, value: field.autocomplete ?? '' } }));
  },
};
