// Core's linter as the form runs it, which wmebv-form loads lazily (definition-loader.ts): the Wmebv
// rules of severity error, the ordering of findings and the lines that report them stay out of the
// form's first load. In production builds only the rules that decide whether a form renders run, and
// lines carry no English sentence; under the `development` export condition the report lists every
// finding (warnings, and the rules on the parts of a definition that did not parse) in English
// (core's `form-lint` and `describe-findings` entries: D6 and D3, docs/decisions.md).
export { findingsOfUnparsed, lintForForm } from '@wmebv/core/form-lint';
export { describeFindings, FINDINGS_ADVICE } from '@wmebv/core/describe-findings';
