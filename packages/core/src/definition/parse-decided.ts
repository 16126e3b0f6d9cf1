/**
 * `parseDefinition` without zod, for production browsers (D8 in docs/decisions.md): a definition the
 * quick validator (`parseValidDefinition`, D4) is not sure of is decided by code generated from the
 * same schema (`decide.generated.ts`), exactly as `parseDefinition` decides it: unknown properties
 * are `unknown-property` warnings and dropped, conditions are checked for their shape. A refused
 * definition is reported by the pointer of its first problem (rule `schema`); `wmebv lint` and
 * development builds (which use zod's `parseDefinition`) say what is wrong in words.
 */
import { decideDefinition } from './decide.generated.js';
import { toPointer, type Finding, type FindingMessageKey } from './finding.js';
import { readJsonInput } from '../json/json-input.js';
import { conditionShapeProblems } from './parse-valid.js';
import type { ParseResult } from './parse.js';
import { UNKNOWN_PROPERTY as unknownProperty } from './parser-findings.js';
import type { FormDefinition } from './schema.js';

/** As `parseDefinition(input)` decides, without zod; a refusal names only its first problem. Never throws. */
export function parseDefinitionDecided(input: unknown): ParseResult {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, findings: [finding('json-syntax', '', 'findings.jsonSyntax', { detail: read.detail })] };
  const { value } = read;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, findings: [finding('schema', '', 'findings.notAnObject', {})] };
  }
  const checked = decideDefinition(value);
  if (!checked.ok) {
    const { path } = checked;
    const last = path.at(-1);
    const property = typeof last === 'number' ? String(path.at(-2) ?? '') : String(last ?? '');
    return {
      ok: false,
      findings: [finding('schema', toPointer(path), 'findings.invalidValue', { property, at: toPointer(path.slice(0, -1)) || '/' })],
    };
  }
  const definition = checked.value as FormDefinition;
  const warnings = unknownProperties(value, checked.unknown);
  const shapes = conditionShapeProblems(definition);
  if (shapes.length > 0) return { ok: false, findings: [...shapes, ...warnings] };
  return { ok: true, definition, findings: warnings };
}

/**
 * The `unknown-property` warnings, as `parseDefinition` words them, with each object's place in
 * `root`. An object met more than once (a JavaScript value may share one) takes its places in turn.
 */
function unknownProperties(root: object, unknown: ReadonlyArray<[object, string]>): Finding[] {
  if (unknown.length === 0) return [];
  const owners = new Set(unknown.map(([owner]) => owner));
  const places = new Map<object, Array<Array<string | number>>>();
  const walk = (node: unknown, path: Array<string | number>, depth: number): void => {
    if (typeof node !== 'object' || node === null || depth > 64) return;
    if (owners.has(node)) places.set(node, [...(places.get(node) ?? []), path]);
    if (Array.isArray(node)) node.forEach((child, index) => walk(child, [...path, index], depth + 1));
    else for (const [key, child] of Object.entries(node)) walk(child, [...path, key], depth + 1);
  };
  walk(root, [], 0);
  // Each time zod meets an object it notes all of its unknown keys: the n-th note of an object with k
  // unknown keys is at its place number floor(n / k).
  const keysOf = new Map<object, Set<string>>();
  for (const [owner, key] of unknown) keysOf.set(owner, (keysOf.get(owner) ?? new Set()).add(key));
  const noted = new Map<object, number>();
  return unknown.map(([owner, key]) => {
    const count = noted.get(owner) ?? 0;
    noted.set(owner, count + 1);
    const seen = places.get(owner) ?? [[]];
    const place = seen[Math.min(Math.floor(count / keysOf.get(owner)!.size), seen.length - 1)]!;
    return {
      ruleId: unknownProperty.id,
      severity: unknownProperty.severity,
      pointer: toPointer([...place, key]),
      messageKey: unknownProperty.messageKey,
      params: { property: key },
      article: unknownProperty.article,
    };
  });
}

function finding(ruleId: string, pointer: string, messageKey: FindingMessageKey, params: Finding['params']): Finding {
  return { ruleId, severity: 'error', pointer, messageKey, params };
}
