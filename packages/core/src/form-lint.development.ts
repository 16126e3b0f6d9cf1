/**
 * `@wmebv/core/form-lint` under the `development` export condition: the report of a definition
 * `wmebv-form` cannot use lists every finding, as `wmebv lint` does: the rules that can only warn as
 * well, and for a definition that does not parse, the rules run on the parts that did (`salvage`).
 * Production builds get form-lint.ts, which runs only the rules of severity error (D6,
 * docs/decisions.md). Whether a definition is usable is decided the same way in both.
 */
import type * as Production from './form-lint.js';
import { checkDefinition, lintParsed } from './rules/check.js';
import { lintErrors } from './rules/error-rules.js';

/** As in production; a definition the error rules refuse is then linted in full for the report. */
export const lintForForm: typeof Production.lintForForm = (parsed, input) =>
  lintErrors(parsed.definition).length > 0 ? lintParsed(parsed, input) : { ok: true, definition: parsed.definition, findings: parsed.findings };

/** Every finding of `checkDefinition(input)`: the parser's and the rules' on the parts that parsed. */
export const findingsOfUnparsed: typeof Production.findingsOfUnparsed = (_parsed, input) => checkDefinition(input).findings;
