import type { FindingMessageKey } from '../definition/finding.js';
import type { FormDefinition } from '../definition/schema.js';

/** One Wmebv check on a definition. One rule per file; `lintDefinition` runs them all. */
export interface Rule {
  /** Stable id, used in findings, docs and `wmebv lint` output. */
  id: string;
  severity: 'error' | 'warning';
  /** The article or standard the rule enforces, e.g. `Awb 4:4 lid 2`. */
  article: string;
  /** i18n key under `findings.` describing the problem and the way out. */
  messageKey: FindingMessageKey;
  /** `context.locale` is the language the findings will be read in: labels quoted in `params` use it. */
  check(definition: FormDefinition, context: RuleContext): RuleHit[];
}

/** What a rule knows besides the definition. */
export interface RuleContext {
  /** The language findings are described in (`wmebv lint --locale`); quoted labels follow it. Default `nl`. */
  locale: string;
}

/** Where a rule found its problem, and the values its message needs. */
export interface RuleHit {
  pointer: string;
  params: Record<string, string | number>;
  /** When one rule cites different articles for different cases (per message type, say). */
  article?: string;
  /** The message for this case, when it differs from the rule's. */
  messageKey?: FindingMessageKey;
}
