/**
 * When a definition has structural problems, the rules still run on every part that parsed, so one
 * round of `wmebv lint` reports everything (as ESLint does) rather than one layer at a time.
 *
 * The parts that did not parse are replaced by neutral stand-ins (a `content` paragraph for a broken
 * field, a complete dummy `legalBasis`, `"overig"` for a missing message type, ...) and their
 * pointers are "covered": rule findings at or under a covered pointer are dropped, since the
 * structural finding already says what is wrong there and a rule would only judge the stand-in.
 */
import { toPointer } from './finding.js';
import { cloneDefinitionValue as copy } from './parse.js';
import { isWellFormedCondition, type Condition } from './condition.js';
import { FormDefinitionSchema, type FormDefinition } from './schema.js';
import { valueAt, type ZodIssueLike } from './zod-issue.js';

export interface Salvaged {
  definition: FormDefinition;
  /** Pointers of the parts replaced by stand-ins. */
  covered: string[];
  /** Ids given to stand-ins (findings that refer to them are dropped too). */
  standInIds: Set<string>;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
const PLACEHOLDER_URL = 'https://stand-in.invalid/';

/** Neutral values for top-level properties the schema needs. */
const TOP_LEVEL: Record<string, unknown> = {
  id: 'standIn',
  version: '0.0.0',
  title: '-',
  organisation: { name: '-' },
  messageType: 'overig',
  locales: ['nl'],
  steps: [{ id: 'standInStep', title: '-', fields: [{ id: 'standInField', type: 'content', text: '-' }] }],
};

/**
 * A definition the rules can run on, or undefined when the structure is too broken to tell what is
 * what (the structural findings then stand alone).
 */
export function salvage(cleaned: unknown, issues: readonly ZodIssueLike[], badConditions: readonly string[]): Salvaged | undefined {
  const root = copy(cleaned) as Record<string, unknown>;
  const covered = new Set<string>();
  const standInIds = new Set<string>();
  let counter = 0;
  const standInId = (original: unknown): string => {
    if (typeof original === 'string' && ID.test(original)) return original;
    const id = `standIn${++counter}`;
    standInIds.add(id);
    return id;
  };
  const fieldStandIn = (original: unknown): Record<string, unknown> => ({
    id: standInId((original as { id?: unknown } | null)?.id),
    type: 'content',
    text: '-',
  });

  for (const pointer of badConditions) {
    removeAt(root, pointerPath(pointer));
    covered.add(pointer);
  }
  let pending = [...issues];
  for (let round = 0; round < 6 && pending.length > 0; round++) {
    for (const issue of pending) repair(root, issue.path, covered, fieldStandIn, standInId, round > 0);
    const again = FormDefinitionSchema.safeParse(root);
    if (again.success) {
      const leftover = conditionProblems(again.data);
      if (leftover.length === 0) return { definition: again.data, covered: [...covered], standInIds };
      for (const pointer of leftover) {
        removeAt(root, pointerPath(pointer));
        covered.add(pointer);
      }
      pending = [];
      const last = FormDefinitionSchema.safeParse(root);
      return last.success ? { definition: last.data, covered: [...covered], standInIds } : undefined;
    }
    pending = (again.error.issues as unknown as ZodIssueLike[]).filter((issue) => issue.code !== 'unrecognized_keys');
  }
  return undefined;
}

/**
 * Replaces the smallest part around `path` that makes sense on its own: a `legalBasis`, a condition,
 * a field (first only the wrong property, then the whole field), a declaration, a step's own
 * property, or a top-level property.
 */
function repair(
  root: Record<string, unknown>,
  path: readonly PropertyKey[],
  covered: Set<string>,
  fieldStandIn: (original: unknown) => Record<string, unknown>,
  standInId: (original: unknown) => string,
  escalate: boolean,
): void {
  const cover = (at: readonly PropertyKey[]): void => void covered.add(toPointer(at));
  const basisAt = path.lastIndexOf('legalBasis');
  if (basisAt >= 0) {
    const at = path.slice(0, basisAt + 1);
    setAt(root, at, { law: '-', article: '1', url: PLACEHOLDER_URL });
    return cover(at);
  }
  const conditionAt = path.indexOf('visibleWhen');
  if (conditionAt >= 0) {
    const at = path.slice(0, conditionAt + 1);
    removeAt(root, at);
    return cover(at);
  }
  const fieldAt = lastIndexAfter(path, 'fields');
  if (fieldAt >= 0) {
    const at = path.slice(0, fieldAt + 1);
    const property = path[fieldAt + 1];
    const field = valueAt(root, at);
    const own = property !== undefined && path.length === fieldAt + 2;
    if (
      !escalate &&
      own &&
      typeof field === 'object' &&
      field !== null &&
      !['id', 'type', 'options', 'addressField', 'fields'].includes(String(property))
    ) {
      const fixed = property === 'label' ? '-' : undefined;
      if (fixed === undefined) removeAt(root, path);
      else setAt(root, path, fixed);
      return cover(path);
    }
    setAt(root, at, fieldStandIn(field));
    return cover(at);
  }
  if (path[0] === 'declarations' && typeof path[1] === 'number') {
    const at = path.slice(0, 2);
    setAt(root, at, { id: standInId((valueAt(root, at) as { id?: unknown } | null)?.id), label: '-' });
    return cover(at);
  }
  if (path[0] === 'steps' && typeof path[1] === 'number' && path.length >= 3) {
    const at = path.slice(0, 3);
    const property = String(path[2]);
    const value =
      property === 'id' ? standInId(undefined) : property === 'title' ? '-' : property === 'fields' ? [fieldStandIn(undefined)] : undefined;
    if (value === undefined) removeAt(root, at);
    else setAt(root, at, value);
    return cover(at);
  }
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    setAt(root, path.slice(0, 2), { id: standInId(undefined), title: '-', fields: [fieldStandIn(undefined)] });
    return cover(path.slice(0, 2));
  }
  const top = String(path[0] ?? '');
  if (top === '') return;
  if (top in TOP_LEVEL) root[top] = copy(TOP_LEVEL[top]);
  else delete root[top];
  cover([top]);
}

function conditionProblems(definition: FormDefinition): string[] {
  const problems: string[] = [];
  const visit = (fields: readonly unknown[], base: string): void =>
    fields.forEach((field, index) => {
      const f = field as { visibleWhen?: Condition; fields?: unknown[] };
      if (f.visibleWhen && !wellFormedDeep(f.visibleWhen)) problems.push(`${base}/${index}/visibleWhen`);
      if (Array.isArray(f.fields)) visit(f.fields, `${base}/${index}/fields`);
    });
  definition.steps.forEach((step, index) => visit(step.fields, `/steps/${index}/fields`));
  return problems;
}

function wellFormedDeep(condition: Condition): boolean {
  return isWellFormedCondition(condition) && [...(condition.all ?? []), ...(condition.any ?? [])].every(wellFormedDeep);
}

/** The index of the item in the last `name` array on the path (`…/fields/3/…` → index of `3`). */
function lastIndexAfter(path: readonly PropertyKey[], name: string): number {
  for (let index = path.length - 2; index >= 0; index--) {
    if (path[index] === name && typeof path[index + 1] === 'number') return index + 1;
  }
  return -1;
}

function pointerPath(pointer: string): PropertyKey[] {
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}

function setAt(root: unknown, path: readonly PropertyKey[], value: unknown): void {
  const owner = valueAt(root, path.slice(0, -1));
  if (typeof owner === 'object' && owner !== null && path.length > 0) (owner as Record<PropertyKey, unknown>)[path.at(-1)!] = value;
}

function removeAt(root: unknown, path: readonly PropertyKey[]): void {
  const owner = valueAt(root, path.slice(0, -1));
  if (typeof owner === 'object' && owner !== null && !Array.isArray(owner) && path.length > 0)
    delete (owner as Record<PropertyKey, unknown>)[path.at(-1)!];
}
