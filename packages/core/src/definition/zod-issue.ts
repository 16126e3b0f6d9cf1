/**
 * Turns a zod issue on a form definition into a finding a form builder can act on: which property
 * is missing or wrong, what it should be, and where (the JSON pointer; a missing property's pointer
 * names it, and `wmebv lint` places it at the object that lacks it). Never zod's English text.
 */
import { toPointer, type Finding, type FindingMessageKey } from './finding.js';
import { FIELD_TYPES } from './input-field.js';
import { LEGAL_BASIS_INCOMPLETE as legalBasisIncomplete } from './parser-findings.js';

/** The parts of a zod 4 issue this module reads. */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  format?: string;
  expected?: string;
  values?: unknown[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
}

/** Properties whose value is text for people: one string, or one per locale. */
const LOCALIZED = new Set(['title', 'label', 'hint', 'description', 'text', 'message', 'explanation', 'afterSubmit', 'patternMessage', 'note']);

/** What a value of a zod type looks like in a definition, as a `findings.expected.*` key. */
function expectedKind(issue: ZodIssueLike, property: string): string {
  if (LOCALIZED.has(property)) return 'localized';
  switch (issue.expected) {
    case 'string':
      return 'string';
    case 'number':
    case 'int':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    case 'object':
    case 'record':
      return 'object';
    default:
      return 'value';
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  return typeof value === 'object'
    ? 'object'
    : typeof value === 'string'
      ? 'string'
      : typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'boolean'
          : 'value';
}

function finding(pointer: string, messageKey: FindingMessageKey, params: Finding['params']): Finding {
  return { ruleId: 'schema', severity: 'error', pointer, messageKey, params };
}

/** The finding for one structural problem; `root` is the definition as given (to read what was found). */
export function fromZodIssue(issue: ZodIssueLike, root: unknown): Finding {
  const pointer = toPointer(issue.path);
  const found = valueAt(root, issue.path);
  const last = issue.path.at(-1);
  const property = typeof last === 'number' ? String(issue.path.at(-2) ?? '') : String(last ?? '');
  const owner = toPointer(issue.path.slice(0, -1)) || '/';
  const basisAt = issue.path.lastIndexOf('legalBasis');
  if (basisAt >= 0 && issue.path[basisAt + 1] !== 'explanation') {
    const holder = valueAt(root, issue.path.slice(0, basisAt)) as { id?: unknown } | undefined;
    return {
      ruleId: legalBasisIncomplete.id,
      severity: 'error',
      pointer,
      messageKey: legalBasisIncomplete.messageKey,
      params: { id: String(holder?.id ?? ''), missing: String(issue.path[basisAt + 1] ?? 'legalBasis') },
      article: legalBasisIncomplete.article,
    };
  }
  // zod reports a field whose `type` matches no member of the union at `.../fields/N/type`.
  const isFieldType = last === 'type' && issue.path.at(-3) === 'fields';
  if ((issue.code === 'invalid_union' || issue.code === 'invalid_value') && isFieldType) {
    return found === undefined
      ? finding(pointer, 'findings.missingOneOf', { property: 'type', at: owner, expected: FIELD_TYPES.join(', ') })
      : finding(pointer, 'findings.unknownFieldType', { type: String(found), known: FIELD_TYPES.join(', ') });
  }
  if (issue.code === 'custom' && issue.path.includes('visibleWhen')) return finding(pointer, 'findings.conditionShape', {});
  if (issue.code === 'invalid_value' && issue.values) {
    const expected = issue.values.map((value) => String(value)).join(', ');
    return found === undefined
      ? finding(pointer, 'findings.missingOneOf', { property, at: owner, expected })
      : finding(pointer, 'findings.notOneOf', { property, at: owner, value: String(found), expected });
  }
  if (found === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
    return finding(pointer, 'findings.missingProperty', { property, at: owner, expected: expectedKind(issue, property) });
  }
  if (issue.code === 'invalid_type' || (issue.code === 'invalid_union' && LOCALIZED.has(property))) {
    return finding(pointer, 'findings.wrongType', {
      property,
      at: owner,
      expected: expectedKind(issue, property),
      actual: kindOf(found),
    });
  }
  if (issue.code === 'invalid_format' && typeof found === 'string') {
    if (last === 'id' || last === 'field' || last === 'addressField' || last === 'fromField')
      return finding(pointer, 'findings.invalidId', { value: found });
    if (last === 'minDate' || last === 'maxDate') return finding(pointer, 'findings.invalidDateBound', { value: found });
    if (issue.format === 'url') return finding(pointer, 'findings.invalidUrl', { value: found });
    if (last === 'version') return finding(pointer, 'findings.invalidVersion', { value: found });
    if (issue.format === 'email') return finding(pointer, 'findings.invalidEmail', { value: found });
    return finding(pointer, 'findings.invalidFormat', { property, at: owner, value: found });
  }
  if (issue.code === 'too_small' && Array.isArray(found)) {
    return finding(pointer, 'findings.tooFewItems', { property, at: owner, minimum: Number(issue.minimum ?? 1) });
  }
  if (issue.code === 'too_small' && typeof found === 'string') return finding(pointer, 'findings.emptyText', { property, at: owner });
  if ((issue.code === 'too_small' || issue.code === 'too_big') && typeof found === 'number') {
    return finding(pointer, 'findings.outOfRange', { property, at: owner, value: found });
  }
  return finding(pointer, 'findings.invalidValue', { property, at: owner });
}

/** The value at a path in `root`, or undefined. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
