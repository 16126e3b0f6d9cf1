/**
 * `@wmebv/core/definition-parse`: how `wmebv-form` parses a definition its quick validator is not
 * sure of (unknown properties, a broken definition).
 *
 * This file is the production build, the `default` export condition (D8, docs/decisions.md): no
 * zod in browsers. The definition is decided as `parseDefinition` decides it, by code generated from
 * the same schema; a refused one is reported by pointer, and `npx wmebv lint` says why. Under the
 * `development` export condition the same name is zod's `parseDefinition`, with every problem at once
 * (definition-parse.development.ts), as D3 and D6 do for the English sentences and the warning rules.
 */
export { parseDefinitionDecided as parseDefinition } from './definition/parse-decided.js';
export type { ParseResult } from './definition/parse.js';
