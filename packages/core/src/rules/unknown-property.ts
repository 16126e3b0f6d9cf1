import { UNKNOWN_PROPERTY } from '../definition/parser-findings.js';
import type { Rule } from './rule.js';

/**
 * A property the definition language does not know is ignored, which usually means a typo
 * (`requried`, `visibelWhen`) that silently changes the form. The parser (`parseDefinition`) reports
 * each one under this id as a warning and drops it; `check` has nothing left to do after parsing.
 */
export const unknownProperty: Rule = { ...UNKNOWN_PROPERTY, check: () => [] };
