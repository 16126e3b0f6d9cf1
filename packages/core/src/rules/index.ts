import type { Finding } from '../definition/finding.js';
import { DEFAULT_LOCALE } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { withPlacedFields } from '../definition/walk.js';
import { bsnWithoutBsnType } from './bsn-without-bsn-type.js';
import { bsnWithoutLegalBasis } from './bsn-without-legal-basis.js';
import { conditionCycle } from './condition-cycle.js';
import { duplicateId } from './duplicate-id.js';
import { invalidAutocomplete } from './invalid-autocomplete.js';
export { isAutofillValue } from './invalid-autocomplete.js';
import { invalidConstraint } from './invalid-constraint.js';
import { legalBasisArticle } from './legal-basis-article.js';
import { legalBasisIncomplete } from './legal-basis-incomplete.js';
import { mandatoryConsent } from './mandatory-consent.js';
import { markupInText } from './markup-in-text.js';
import { missingAccessibilityStatement } from './missing-accessibility-statement.js';
import { missingDesignation } from './missing-designation.js';
import { missingErrorMessage } from './missing-error-message.js';
import { missingGroundsField } from './missing-grounds-field.js';
import { missingPrivacyStatement } from './missing-privacy-statement.js';
import { missingSupport } from './missing-support.js';
import { missingTranslation } from './missing-translation.js';
import { requiredWithoutLegalBasis } from './required-without-legal-basis.js';
import type { Rule, RuleContext } from './rule.js';
import { unknownFieldReference } from './unknown-field-reference.js';
import { unknownProperty } from './unknown-property.js';
import { unreachableField } from './unreachable-field.js';

/** Every rule `lintDefinition` runs, in the order their findings are reported. */
export const rules: readonly Rule[] = [
  duplicateId,
  unknownFieldReference,
  conditionCycle,
  unreachableField,
  invalidConstraint,
  requiredWithoutLegalBasis,
  legalBasisIncomplete,
  legalBasisArticle,
  mandatoryConsent,
  bsnWithoutLegalBasis,
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

/** The rules of severity error: whether a definition is usable depends on these alone. */
const errorRules = rules.filter((rule) => rule.severity === 'error');

/**
 * The error findings of `lintDefinition` (same findings, same order), without running the rules
 * that can only warn: for a caller that only decides whether a definition is usable and reports
 * nothing about one that is (`wmebv-form` before `ready`, which lints in full only a definition it
 * refuses, so the developer still gets every finding). In a browser it spares a long form's
 * warnings (a missing error message on every required question) on every first visit. One
 * difference: a rule that can only warn and fails on an unforeseen definition is not run, so its
 * `internal` error finding is not there.
 */
export function lintErrors(definition: FormDefinition, context: Partial<RuleContext> = {}): Finding[] {
  const ruleContext: RuleContext = { locale: context.locale ?? DEFAULT_LOCALE };
  return withPlacedFields(definition, () => runRules(errorRules, definition, ruleContext));
}

function runRules(which: readonly Rule[], definition: FormDefinition, ruleContext: RuleContext): Finding[] {
  return which.flatMap((rule): Finding[] => {
    try {
      return rule.check(definition, ruleContext).map((hit) => ({
        ruleId: rule.id,
        severity: rule.severity,
        pointer: hit.pointer,
        messageKey: hit.messageKey ?? rule.messageKey,
        params: hit.params,
        article: hit.article ?? rule.article,
      }));
    } catch (error) {
      return [
        {
          ruleId: rule.id,
          severity: 'error',
          pointer: '',
          messageKey: 'findings.internal',
          params: { rule: rule.id, detail: error instanceof Error ? error.message : String(error) },
        },
      ];
    }
  });
}
