import type { Finding } from '../definition/finding.js';
import { DEFAULT_LOCALE } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { withPlacedFields } from '../definition/walk.js';
import { errorRules, runRules } from './error-rules.js';
import { bsnWithoutBsnType } from './bsn-without-bsn-type.js';
import { invalidAutocomplete } from './invalid-autocomplete.js';
import { markupInText } from './markup-in-text.js';
import { missingAccessibilityStatement } from './missing-accessibility-statement.js';
import { missingDesignation } from './missing-designation.js';
import { missingErrorMessage } from './missing-error-message.js';
import { missingGroundsField } from './missing-grounds-field.js';
import { missingPrivacyStatement } from './missing-privacy-statement.js';
import { missingSupport } from './missing-support.js';
import { missingTranslation } from './missing-translation.js';
import type { Rule, RuleContext } from './rule.js';
import { unknownProperty } from './unknown-property.js';

export { isAutofillValue } from './invalid-autocomplete.js';
export { lintErrors } from './error-rules.js';

/**
 * The rules that can only warn, after the errors in the order their findings are reported. Browsers
 * in production never run them (D6, docs/decisions.md: `@wmebv/core/form-lint`).
 */
const warningRules: readonly Rule[] = [
  bsnWithoutBsnType,
  invalidAutocomplete,
  missingGroundsField,
  missingDesignation,
  missingSupport,
  missingPrivacyStatement,
  missingAccessibilityStatement,
  missingTranslation,
  missingErrorMessage,
  markupInText,
];

/** Every rule `lintDefinition` runs, in the order their findings are reported: the errors first. */
export const rules: readonly Rule[] = [...errorRules, ...warningRules];

/** Every rule with an id, including those the parser applies (`unknown-property`, part of `legal-basis-incomplete`). */
export const allRules: readonly Rule[] = [...rules, unknownProperty];

/**
 * Checks a parsed definition for Wmebv duties (the linter). Errors keep `wmebv-form` from rendering
 * the form; warnings do not. Never throws: a rule that fails on an unforeseen definition becomes
 * an `internal` error finding rather than a stack trace.
 */
export function lintDefinition(definition: FormDefinition, context: Partial<RuleContext> = {}): Finding[] {
  const ruleContext: RuleContext = { locale: context.locale ?? DEFAULT_LOCALE };
  return withPlacedFields(definition, () => runRules(rules, definition, ruleContext));
}
