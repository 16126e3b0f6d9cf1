// The parser wmebv-form loads only for a definition the generated validator does not show valid
// (definition-loader.ts, D4): unknown properties (reported as `unknown-property` warnings) or a
// broken definition. In production builds it decides without zod, as zod's parser would (D8); under
// the `development` export condition it is zod's `parseDefinition`, with every problem reported.
export { parseDefinition } from '@wmebv/core/definition-parse';
