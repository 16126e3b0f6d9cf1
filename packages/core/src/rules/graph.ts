import type { FormDefinition } from '../definition/schema.js';
import { allFields, conditionLeaves, type PlacedCondition, type PlacedField } from '../definition/walk.js';

/** One reference from a condition leaf to the field it names. */
export interface ConditionReference {
  /** The field whose `visibleWhen` holds the leaf. */
  from: PlacedField;
  /** Index of `from` in document order. */
  fromIndex: number;
  leaf: PlacedCondition;
  /** The field named, when it exists (the first with that id). */
  target?: PlacedField;
  targetIndex?: number;
  /** True when this reference is part of a cycle (through conditions and fieldsets). */
  inCycle: boolean;
}

/**
 * The references of every condition in a definition, and which of them close a cycle. A field
 * depends on the fields its condition names and on the fieldsets it sits in; a strongly connected
 * group of that graph (Tarjan's algorithm, iterative so 5,000 chained fields cannot overflow the
 * stack) is a cycle. Shared by the rules `unknown-field-reference`, `condition-cycle` and
 * `unreachable-field`; computed once per definition.
 */
export function conditionReferences(definition: FormDefinition): ConditionReference[] {
  const cached = cache.get(definition);
  if (cached) return cached;
  const placed = allFields(definition);
  const indexById = new Map<string, number>();
  placed.forEach(({ field }, index) => {
    if (!indexById.has(field.id)) indexById.set(field.id, index);
  });
  const references: ConditionReference[] = [];
  const edges: number[][] = placed.map(() => []);
  placed.forEach((from, fromIndex) => {
    for (const parent of from.parents) {
      const parentIndex = indexById.get(parent.id);
      if (parentIndex !== undefined) edges[fromIndex]!.push(parentIndex);
    }
    if (!from.field.visibleWhen) return;
    for (const leaf of conditionLeaves(from.field.visibleWhen, `${from.pointer}/visibleWhen`)) {
      const targetIndex = leaf.condition.field === undefined ? undefined : indexById.get(leaf.condition.field);
      if (targetIndex !== undefined) edges[fromIndex]!.push(targetIndex);
      references.push({ from, fromIndex, leaf, target: targetIndex === undefined ? undefined : placed[targetIndex], targetIndex, inCycle: false });
    }
  });
  // No condition anywhere (many forms): nothing can close a cycle, and the graph is not needed.
  if (references.length === 0) {
    cache.set(definition, references);
    return references;
  }
  const component = stronglyConnected(edges);
  const size = new Map<number, number>();
  for (const c of component) size.set(c, (size.get(c) ?? 0) + 1);
  for (const reference of references) {
    if (reference.targetIndex === undefined) continue;
    const same = component[reference.fromIndex] === component[reference.targetIndex];
    reference.inCycle = same && (reference.fromIndex === reference.targetIndex || (size.get(component[reference.fromIndex]!) ?? 0) > 1);
  }
  cache.set(definition, references);
  return references;
}

const cache = new WeakMap<FormDefinition, ConditionReference[]>();

/** Tarjan's strongly connected components, without recursion. Returns the component of each node. */
function stronglyConnected(edges: number[][]): number[] {
  const count = edges.length;
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const component = new Array<number>(count).fill(-1);
  const stack: number[] = [];
  let next = 0;
  let components = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[node: number, edge: number]> = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const [node, edge] = frame;
      if (edge === 0) {
        index[node] = low[node] = next++;
        stack.push(node);
        onStack[node] = true;
      }
      const targets = edges[node]!;
      if (edge < targets.length) {
        frame[1] = edge + 1;
        const target = targets[edge]!;
        if (index[target] === -1) work.push([target, 0]);
        else if (onStack[target]) low[node] = Math.min(low[node]!, index[target]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]]!, low[node]!);
      if (low[node] === index[node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component[member] = components;
        } while (member !== node);
        components++;
      }
    }
  }
  return component;
}
