import { hasErrors, type Finding } from '../definition/finding.js';
import { parseForLint } from '../definition/parse.js';
import { salvage } from '../definition/salvage.js';
import type { FormDefinition } from '../definition/schema.js';
import { lintDefinition } from './index.js';
import { documentOf, sortFindings } from './sort-findings.js';

export { sortFindings };

export type CheckResult = { ok: true; definition: FormDefinition; findings: Finding[] } | { ok: false; findings: Finding[] };

/** How to check. */
export interface CheckOptions {
  /** The language the findings will be read in; labels quoted in findings follow it. Default `nl`. */
  locale?: string;
}

/**
 * Parses and lints in one go: what `wmebv lint`, `wmebv-form` and the server do before using a
 * definition. Every rule runs on every part that parsed, also when other parts did not (see
 * `salvage`), and all findings come back together, sorted by their place in the document, as ESLint
 * reports them. `ok` is false when there is any structural problem or any rule error; warnings
 * travel along.
 */
export function checkDefinition(input: unknown, options: CheckOptions = {}): CheckResult {
  const { result, cleaned, issues, badConditions } = parseForLint(input);
  if (result.ok) return lintParsed(result, input, options);
  const rescued = cleaned === undefined ? undefined : salvage(cleaned, issues, badConditions);
  const ruleFindings = rescued
    ? lintDefinition(rescued.definition, options).filter(
        (finding) =>
          !rescued.covered.some((pointer) => finding.pointer === pointer || finding.pointer.startsWith(`${pointer}/`)) &&
          !Object.values(finding.params).some((value) => typeof value === 'string' && rescued.standInIds.has(value)) &&
          finding.messageKey !== 'findings.internal',
      )
    : [];
  const seen = new Set(result.findings.map((finding) => `${finding.ruleId} ${finding.pointer}`));
  const merged = [...result.findings, ...ruleFindings.filter((finding) => !seen.has(`${finding.ruleId} ${finding.pointer}`))];
  return { ok: false, findings: sortFindings(merged, documentOf(input)) };
}

/**
 * The Wmebv rules on a definition that `parseDefinition` accepted (`parsed`, from `input`): the
 * second half of `checkDefinition`, for callers that parse first and lint later (`wmebv-form` renders
 * after parsing and loads the rules lazily). Same findings, same order as `checkDefinition(input)`.
 */
export function lintParsed(parsed: { definition: FormDefinition; findings: Finding[] }, input: unknown, options: CheckOptions = {}): CheckResult {
  const findings = sortFindings([...parsed.findings, ...lintDefinition(parsed.definition, options)], documentOf(input));
  return hasErrors(findings) ? { ok: false, findings } : { ok: true, definition: parsed.definition, findings };
}
