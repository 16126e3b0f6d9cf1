import type { Finding } from '../definition/finding.js';
import { DEFAULT_LOCALE } from '../definition/localized.js';
import type { FormDefinition } from '../definition/schema.js';
import { withPlacedFields } from '../definition/walk.js';
import { bsnWithoutLegalBasis } from './bsn-without-legal-basis.js';
import { conditionCycle } from './condition-cycle.js';
import { duplicateId } from './duplicate-id.js';
import { invalidConstraint } from './invalid-constraint.js';
import { legalBasisArticle } from './legal-basis-article.js';
import { legalBasisIncomplete } from './legal-basis-incomplete.js';
import { mandatoryConsent } from './mandatory-consent.js';
import { surelyNoRuleErrors } from './no-errors.js';
import { requiredWithoutLegalBasis } from './required-without-legal-basis.js';
import type { Rule, RuleContext } from './rule.js';
import { unknownFieldReference } from './unknown-field-reference.js';
import { unreachableField } from './unreachable-field.js';

/**
 * The rules of severity error, in the order their findings are reported (first in `rules`, before
 * the warnings): whether a definition is usable depends on these alone. A module of their own, so
 * that a production browser bundle, which runs only these (D6, `@wmebv/core/form-lint`), does not
 * carry the rules that can only warn.
 */
export const errorRules: readonly Rule[] = [
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
];

/**
 * The error findings of `lintDefinition` (same findings, same order), without running the rules
 * that can only warn: for a caller that only decides whether a definition is usable and reports
 * nothing about one that is (`wmebv-form` before `ready`, which lints in full only a definition it
 * refuses, so the developer still gets every finding). In a browser it spares a long form's
 * warnings (a missing error message on every required question) on every first visit. One
 * difference: a rule that can only warn and fails on an unforeseen definition is not run, so its
 * `internal` error finding is not there. A definition the rules find nothing in (every one a form
 * shows) is known by one cheap walk (`surelyNoRuleErrors`); the rules run only on a doubt.
 */
export function lintErrors(definition: FormDefinition, context: Partial<RuleContext> = {}): Finding[] {
  if (surelyNoRuleErrors(definition)) return [];
  const ruleContext: RuleContext = { locale: context.locale ?? DEFAULT_LOCALE };
  return withPlacedFields(definition, () => runRules(errorRules, definition, ruleContext));
}

/** Runs `which` on `definition`; a rule that throws becomes an `internal` error finding. */
export function runRules(which: readonly Rule[], definition: FormDefinition, ruleContext: RuleContext): Finding[] {
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
