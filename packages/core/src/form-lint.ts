/**
 * `@wmebv/core/form-lint`: what `wmebv-form` runs in a browser to decide whether a definition it
 * parsed is usable, and which findings it reports about one that is not.
 *
 * This file is the production build, the `default` export condition (D6, docs/decisions.md, "Only
 * the rules that decide in production browsers"): only the rules of severity error run, since a form
 * reports nothing about a definition it shows; a definition they refuse, or one that does not parse,
 * is reported with the parser's and these rules' findings. The rules that can only warn and the
 * salvage of an unparseable definition (which runs the rules on the parts that parsed) are 6 kB gzip
 * that every visitor of every form would download for definitions that `wmebv lint` and the intake
 * server already refuse. Under the `development` export condition (Vite's dev server, Storybook,
 * webpack in development mode) the same functions give every finding, as `wmebv lint` does
 * (form-lint.development.ts). Both files export the same names with the same types.
 */
import type { Finding } from './definition/finding.js';
import type { FormDefinition } from './definition/schema.js';
import type { CheckResult } from './rules/check.js';
import { lintErrors } from './rules/error-rules.js';
import { documentOf, sortFindings } from './rules/sort-findings.js';

/**
 * The Wmebv rules on a definition that `parseDefinition` accepted (`parsed`, from `input`): `ok` with
 * the parser's findings when no rule of severity error finds anything; otherwise the parser's and
 * the rules' error findings, in the order of the document (as `checkDefinition` orders them).
 */
export function lintForForm(parsed: { definition: FormDefinition; findings: Finding[] }, input: unknown): CheckResult {
  const errors = lintErrors(parsed.definition);
  if (errors.length === 0) return { ok: true, definition: parsed.definition, findings: parsed.findings };
  return { ok: false, findings: sortFindings([...parsed.findings, ...errors], documentOf(input)) };
}

/**
 * What to report about a definition that `parseDefinition` refused (`parsed`, from `input`): the
 * parser's findings, in the order of the document.
 */
export function findingsOfUnparsed(parsed: { findings: Finding[] }, input: unknown): Finding[] {
  return sortFindings(parsed.findings, documentOf(input));
}
