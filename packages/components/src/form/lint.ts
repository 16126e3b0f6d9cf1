// Core's linter, which wmebv-form loads lazily (definition-loader.ts): the Wmebv rules, the salvage
// of a definition that did not parse, the ordering of findings and the lines that report them
// (`describeFindings`: English sentences only in development builds) stay out of the form's first load.
export { checkDefinition, lintErrors, lintParsed } from '@wmebv/core';
export { describeFindings, FINDINGS_ADVICE } from '@wmebv/core/describe-findings';
