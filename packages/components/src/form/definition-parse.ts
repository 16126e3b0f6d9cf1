// Core's zod-based parser, which wmebv-form loads only for a definition the generated validator does
// not show valid (definition-loader.ts, D4): unknown properties (reported as `unknown-property`
// warnings) or a broken definition. zod and the definition schemas stay out of the form's first load,
// and a valid definition never loads them (the rules in `lint.js` need no zod).
export { parseDefinition } from '@wmebv/core';
