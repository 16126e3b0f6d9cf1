import { FormDefinitionSchema, type FormDefinition } from './schema.js';
import { conditionShapeProblems } from './parse-valid.js';
import { toPointer, type Finding, type FindingMessageKey } from './finding.js';
import { readJsonInput } from '../json/json-input.js';
import { fromZodIssue, valueAt, type ZodIssueLike } from './zod-issue.js';
import { UNKNOWN_PROPERTY as unknownProperty } from './parser-findings.js';
import { UNSURE, validateDefinition } from './validate.generated.js';

export type ParseResult = { ok: true; definition: FormDefinition; findings: Finding[] } | { ok: false; findings: Finding[] };

/**
 * Checks the structure of a form definition (docs/design.md, "The definition contract").
 *
 * Unknown properties are not silently ignored: each is a `unknown-property` warning (usually a typo
 * such as `requried`) and is dropped from the parsed definition. Problems inside a `legalBasis` are
 * reported under the rule id `legal-basis-incomplete`, with that rule's message.
 *
 * @param input - the definition as JSON text or as an already parsed value
 * @returns the typed definition with any warnings, or every structural problem at once, each with
 *   its JSON pointer. Never throws: malformed JSON is a `json-syntax` finding.
 */
export function parseDefinition(input: unknown): ParseResult {
  const { result } = parseForLint(input);
  return result;
}

/**
 * `parseDefinition` with what the linter needs to go on when the structure is wrong: the value with
 * unknown properties dropped, and the structural problems as zod issues (or condition pointers).
 */
export function parseForLint(input: unknown): { result: ParseResult; cleaned?: unknown; issues: ZodIssueLike[]; badConditions: string[] } {
  const read = readJsonInput(input);
  if (!read.ok) {
    return {
      result: { ok: false, findings: [finding('json-syntax', '', 'findings.jsonSyntax', { detail: read.detail })] },
      issues: [],
      badConditions: [],
    };
  }
  const { value } = read;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { result: { ok: false, findings: [finding('schema', '', 'findings.notAnObject', {})] }, issues: [], badConditions: [] };
  }
  const warnings: Finding[] = [];
  let current: unknown = value;
  // Each round drops the unknown properties zod found; a property hidden inside a part that failed
  // for another reason can surface in a later round. Bounded: a definition is finite.
  for (let round = 0; round < 8; round++) {
    // A valid definition (the usual case) passes the generated validator; zod decides and reports otherwise.
    const quick = round === 0 ? validateDefinition(current) : UNSURE;
    const result = quick !== UNSURE ? { success: true as const, data: quick as FormDefinition } : FormDefinitionSchema.safeParse(current);
    if (result.success) {
      const shapes = conditionShapeProblems(result.data);
      if (shapes.length > 0) {
        return {
          result: { ok: false, findings: [...shapes, ...warnings] },
          cleaned: current,
          issues: [],
          badConditions: shapes.map((shape) => shape.pointer),
        };
      }
      return { result: { ok: true, definition: result.data, findings: warnings }, issues: [], badConditions: [] };
    }
    const issues = result.error.issues as unknown as ZodIssueLike[];
    const unknown = issues.filter((issue) => issue.code === 'unrecognized_keys');
    const errors = issues.filter((issue) => issue.code !== 'unrecognized_keys');
    if (unknown.length > 0) {
      if (current === value) current = cloneDefinitionValue(value);
      for (const issue of unknown) {
        const owner = valueAt(current, issue.path) as Record<string, unknown> | undefined;
        for (const key of issue.keys ?? []) {
          warnings.push({
            ruleId: unknownProperty.id,
            severity: unknownProperty.severity,
            pointer: toPointer([...issue.path, key]),
            messageKey: unknownProperty.messageKey,
            params: { property: key },
            article: unknownProperty.article,
          });
          if (owner && typeof owner === 'object') delete owner[key];
        }
      }
    }
    if (errors.length > 0 || unknown.length === 0) {
      return {
        result: { ok: false, findings: [...errors.map((issue) => fromZodIssue(issue, value)), ...warnings] },
        cleaned: current,
        issues: errors,
        badConditions: [],
      };
    }
  }
  return { result: { ok: false, findings: [finding('schema', '', 'findings.tooManyUnknown', {}), ...warnings] }, issues: [], badConditions: [] };
}

export function cloneDefinitionValue(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
}

function finding(ruleId: string, pointer: string, messageKey: FindingMessageKey, params: Finding['params']): Finding {
  return { ruleId, severity: 'error', pointer, messageKey, params };
}
