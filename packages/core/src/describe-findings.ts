/**
 * `@wmebv/core/describe-findings`: what the browser tells developers about a definition it cannot
 * use (`wmebv-form` writes it to the console and into its `wmebv-definition-error` event).
 *
 * This file is the production build, the `default` export condition: a line carries the pointer,
 * the severity, the rule id, the message key and the parameters, not the English sentence. The
 * sentences of every rule (3 kB gzip) would otherwise be downloaded by every visitor of every form,
 * for definitions that `wmebv lint` and the intake server already refuse. Under the `development`
 * export condition (Vite's dev server, Storybook, webpack in development mode) the same function
 * gives the sentence (describe-findings.development.ts), as Lit ships its dev-mode warnings
 * (docs/decisions.md, "Developer messages only in development builds").
 */
import type { Finding } from './definition/finding.js';

/**
 * One line per finding, for developers:
 * `/steps/0/fields/1/required  error  required-without-legal-basis  findings.requiredWithoutLegalBasis {"label":"Naam","id":"naam"}`.
 * Never rejects.
 */
export async function describeFindings(findings: readonly Finding[]): Promise<string[]> {
  return findings.map((finding) => `${findingPrefix(finding)}  ${finding.messageKey} ${JSON.stringify(finding.params)}`);
}

/** What a developer does next, for the console after the lines. */
export const FINDINGS_ADVICE: string =
  'Run `npx wmebv lint <definition.json>` for what each finding means and how to fix it. Production builds leave these explanations out; a build with the `development` export condition shows them here.';

/** The start of every line in both builds: pointer (`/` for the whole document), severity, rule id. */
export function findingPrefix(finding: Finding): string {
  return `${finding.pointer || '/'}  ${finding.severity}  ${finding.ruleId}`;
}
