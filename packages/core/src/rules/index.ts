import type { Finding } from '../definition/finding.js';
import type { FormDefinition } from '../definition/schema.js';
import { duplicateId } from './duplicate-id.js';
import { requiredWithoutLegalBasis } from './required-without-legal-basis.js';
import type { Rule } from './rule.js';
import { unknownFieldReference } from './unknown-field-reference.js';

/** Every rule `lintDefinition` runs, in the order their findings are reported. */
export const rules: readonly Rule[] = [duplicateId, unknownFieldReference, requiredWithoutLegalBasis];

/**
 * Checks a parsed definition for Wmebv duties (the linter). Errors keep `wmebv-form` from rendering
 * the form; warnings do not.
 */
export function lintDefinition(definition: FormDefinition): Finding[] {
  return rules.flatMap((rule) =>
    rule.check(definition).map((hit) => ({
      ruleId: rule.id,
      severity: rule.severity,
      pointer: hit.pointer,
      messageKey: rule.messageKey,
      params: hit.params,
      article: rule.article,
    })),
  );
}
