import { FIELD_TYPES, FormDefinitionSchema, isWellFormedCondition, type Condition, type FormDefinition } from './schema.js';
import { allFields } from './walk.js';
import { toPointer, type Finding, type FindingMessageKey } from './finding.js';
import { legalBasisIncomplete } from '../rules/legal-basis-incomplete.js';
import { unknownProperty } from '../rules/unknown-property.js';

export type ParseResult =
  | { ok: true; definition: FormDefinition; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/**
 * Checks the structure of a form definition (DESIGN.md, "The definition contract").
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
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, findings: [finding('json-syntax', '', 'findings.jsonSyntax', { detail })] };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, findings: [finding('schema', '', 'findings.notAnObject', {})] };
  }
  const warnings: Finding[] = [];
  let current: unknown = value;
  // Each round drops the unknown properties zod found; a property hidden inside a part that failed
  // for another reason can surface in a later round. Bounded: a definition is finite.
  for (let round = 0; round < 8; round++) {
    const result = FormDefinitionSchema.safeParse(current);
    if (result.success) {
      const shapes = conditionShapeProblems(result.data);
      if (shapes.length > 0) return { ok: false, findings: [...shapes, ...warnings] };
      return { ok: true, definition: result.data, findings: warnings };
    }
    const issues = result.error.issues as unknown as ZodIssueLike[];
    const unknown = issues.filter((issue) => issue.code === 'unrecognized_keys');
    const errors = issues.filter((issue) => issue.code !== 'unrecognized_keys');
    if (unknown.length > 0) {
      if (current === value) current = copy(value);
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
      return { ok: false, findings: [...errors.map((issue) => fromZodIssue(issue, value)), ...warnings] };
    }
  }
  return { ok: false, findings: [finding('schema', '', 'findings.schema', { detail: 'too many unknown properties' }), ...warnings] };
}

/** Conditions with no operator, two operators, or `field` where it does not belong (or missing). */
function conditionShapeProblems(definition: FormDefinition): Finding[] {
  const problems: Finding[] = [];
  for (const { field, pointer } of allFields(definition)) {
    const stack: Array<{ condition: Condition; pointer: string }> = field.visibleWhen
      ? [{ condition: field.visibleWhen, pointer: `${pointer}/visibleWhen` }]
      : [];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (!isWellFormedCondition(current.condition)) {
        problems.push(finding('schema', current.pointer, 'findings.conditionShape', {}));
      }
      current.condition.all?.forEach((child, index) => stack.push({ condition: child, pointer: `${current.pointer}/all/${index}` }));
      current.condition.any?.forEach((child, index) => stack.push({ condition: child, pointer: `${current.pointer}/any/${index}` }));
    }
  }
  return problems;
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  format?: string;
}

function fromZodIssue(issue: ZodIssueLike, root: unknown): Finding {
  const pointer = toPointer(issue.path);
  const found = valueAt(root, issue.path);
  const last = issue.path.at(-1);
  const basisAt = issue.path.lastIndexOf('legalBasis');
  if (basisAt >= 0 && issue.path[basisAt + 1] !== 'explanation') {
    const owner = valueAt(root, issue.path.slice(0, basisAt)) as { id?: unknown } | undefined;
    return {
      ruleId: legalBasisIncomplete.id,
      severity: 'error',
      pointer,
      messageKey: legalBasisIncomplete.messageKey,
      params: { id: String(owner?.id ?? ''), missing: String(issue.path[basisAt + 1] ?? 'legalBasis') },
      article: legalBasisIncomplete.article,
    };
  }
  // zod reports a field whose `type` matches no member of the union at `.../fields/N/type`.
  const isFieldType = last === 'type' && issue.path.at(-3) === 'fields';
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_value') && isFieldType) {
    return finding('schema', pointer, 'findings.unknownFieldType', { type: String(found), known: FIELD_TYPES.join(', ') });
  }
  if (issue.code === 'invalid_type' && found === undefined) {
    return finding('schema', pointer, 'findings.missingProperty', { property: String(last ?? '') });
  }
  if (issue.code === 'custom' && issue.path.includes('visibleWhen')) {
    return finding('schema', pointer, 'findings.conditionShape', {});
  }
  if (issue.code === 'invalid_format' && typeof found === 'string') {
    if (last === 'id' || last === 'field' || last === 'addressField' || last === 'fromField') {
      return finding('schema', pointer, 'findings.invalidId', { value: found });
    }
    if (last === 'minDate' || last === 'maxDate') return finding('schema', pointer, 'findings.invalidDateBound', { value: found });
    if (issue.format === 'url') return finding('schema', pointer, 'findings.invalidUrl', { value: found });
  }
  return finding('schema', pointer, 'findings.schema', { detail: issue.message });
}

function copy(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function finding(ruleId: string, pointer: string, messageKey: FindingMessageKey, params: Finding['params']): Finding {
  return { ruleId, severity: 'error', pointer, messageKey, params };
}
