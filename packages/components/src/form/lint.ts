// Core's linter, which wmebv-form loads lazily (definition-loader.ts): the Wmebv rules, the salvage
// of a definition that did not parse, and the ordering of findings stay out of the form's first load.
export { checkDefinition, lintErrors, lintParsed } from '@wmebv/core';
