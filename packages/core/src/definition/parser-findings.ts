/**
 * The two rules whose findings the parser reports itself, while it reads the structure: their id,
 * severity, article and message key live here so that `definition/` needs nothing from `rules/`
 * (the rules there reuse these, and `lintDefinition` lists them with the others).
 */
import type { FindingMessageKey } from './finding.js';

/** What names a rule in a finding. */
export interface RuleIdentity {
  id: string;
  severity: 'error' | 'warning';
  article: string;
  messageKey: FindingMessageKey;
}

/** `unknown-property`: a property the language does not know, usually a typo; a warning, and dropped. */
export const UNKNOWN_PROPERTY: RuleIdentity = {
  id: 'unknown-property',
  severity: 'warning',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.unknownProperty',
};

/** `legal-basis-incomplete`: a legal basis without law, article or web address (Awb 4:4 lid 2). */
export const LEGAL_BASIS_INCOMPLETE: RuleIdentity = {
  id: 'legal-basis-incomplete',
  severity: 'error',
  article: 'Awb 4:4 lid 2',
  messageKey: 'findings.legalBasisIncomplete',
};
