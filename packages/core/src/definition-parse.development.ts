/**
 * `@wmebv/core/definition-parse` under the `development` export condition: zod's `parseDefinition`,
 * which reports every structural problem of a definition at once. Production builds get
 * definition-parse.ts, which decides the same way without zod (D8, docs/decisions.md).
 */
import type * as Production from './definition-parse.js';
import { parseDefinition as parse } from './definition/parse.js';

export type { ParseResult } from './definition/parse.js';

/** zod's `parseDefinition`. */
export const parseDefinition: typeof Production.parseDefinition = parse;
