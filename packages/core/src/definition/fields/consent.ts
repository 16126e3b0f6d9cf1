import { checkTicked, reviewTicked } from './checkbox.js';
import { defineFieldType } from './field-type.js';
import type { ConsentField } from './consent.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const CONSENT_RULES = [] as const;

export const consentFieldType = defineFieldType<ConsentField>()({
  type: 'consent',
  rules: CONSENT_RULES,
  requiredKey: 'validation.requiredCheckbox',
  check: (_field, raw) => checkTicked(raw),
  review: (_field, value, { locale }) => reviewTicked(value, locale),
});
