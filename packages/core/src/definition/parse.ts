import { FIELD_TYPES, FormDefinitionSchema, type FormDefinition } from './schema.js';
import { toPointer, type Finding } from './finding.js';

export type ParseResult =
  | { ok: true; definition: FormDefinition; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/**
 * Checks the structure of a form definition (DESIGN.md, "The definition contract").
 *
 * @param input - the definition as JSON text or as an already parsed value
 * @returns the typed definition, or every structural problem at once, each with its JSON pointer.
 *   Never throws: malformed JSON is a `json-syntax` finding.
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
  const result = FormDefinitionSchema.safeParse(value);
  if (result.success) return { ok: true, definition: result.data, findings: [] };
  return { ok: false, findings: result.error.issues.map((issue) => fromZodIssue(issue, value)) };
}

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  note?: string;
}

function fromZodIssue(issue: ZodIssueLike, root: unknown): Finding {
  const pointer = toPointer(issue.path);
  const found = valueAt(root, issue.path);
  // zod reports a field whose `type` matches no member of the union at `.../fields/N/type`.
  const isFieldType = issue.path.at(-1) === 'type' && issue.path.at(-3) === 'fields';
  if (issue.code === 'invalid_union' && isFieldType) {
    return finding('schema', pointer, 'findings.unknownFieldType', {
      type: String(found),
      known: FIELD_TYPES.join(', '),
    });
  }
  if (issue.code === 'invalid_type' && found === undefined) {
    return finding('schema', pointer, 'findings.missingProperty', { property: String(issue.path.at(-1) ?? '') });
  }
  return finding('schema', pointer, 'findings.schema', { detail: issue.message });
}

function valueAt(root: unknown, path: PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function finding(ruleId: string, pointer: string, messageKey: string, params: Finding['params']): Finding {
  return { ruleId, severity: 'error', pointer, messageKey, params };
}
