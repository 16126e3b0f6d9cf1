import type { Finding } from '../definition/finding.js';

/** The document a definition's findings point into: `input` itself, or its JSON text parsed (undefined if it is not JSON). */
export function documentOf(input: unknown): unknown {
  if (typeof input !== 'string') return input;
  try {
    return JSON.parse(input) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * Findings in the order of the document (pre-order, properties in the order written, which is the
 * order of the JSON text): a missing property sorts at the object that lacks it. Stable: findings at
 * the same place keep their order.
 */
export function sortFindings(findings: readonly Finding[], root: unknown): Finding[] {
  // Nothing to order (the usual case: a clean definition).
  if (findings.length < 2) return [...findings];
  // Each finding's place as the positions of its pointer's steps (the index of each property among
  // its object's keys, or the array index), followed down only as far as the document has them;
  // pre-order is then these lists compared entry by entry, a list before the longer ones it starts.
  // Only the findings' own paths are read: the document is not walked (a 200-field form has 66
  // warnings and some 10,000 values).
  // Findings share their ancestors (the root, a step, its fields): each object's keys listed once.
  const keysOf = new Map<object, string[]>();
  return findings
    .map((finding, index) => ({ finding, index, at: placeOf(finding.pointer, root, keysOf) }))
    .sort((a, b) => comparePlaces(a.at, b.at) || a.index - b.index)
    .map(({ finding }) => finding);
}

/** The positions along `pointer` (RFC 6901) that exist in `root`, outermost first. */
function placeOf(pointer: string, root: unknown, keysOf: Map<object, string[]>): number[] {
  const place: number[] = [];
  if (!pointer.startsWith('/')) return place;
  let value = root;
  for (const token of pointer.slice(1).split('/')) {
    if (typeof value !== 'object' || value === null) break;
    const key = token.includes('~') ? token.replace(/~1/g, '/').replace(/~0/g, '~') : token;
    const position = Array.isArray(value) ? arrayPosition(value, key) : ownKeys(value, keysOf).indexOf(key);
    if (position < 0) break;
    place.push(position);
    value = (value as Record<string, unknown>)[key];
  }
  return place;
}

function ownKeys(value: object, keysOf: Map<object, string[]>): string[] {
  let keys = keysOf.get(value);
  if (keys === undefined) keysOf.set(value, (keys = Object.keys(value)));
  return keys;
}

/** An array index as JSON pointers write it (`0`, `12`; not `01`), or -1. */
function arrayPosition(array: readonly unknown[], key: string): number {
  if (!/^(0|[1-9]\d*)$/.test(key)) return -1;
  const index = Number(key);
  return index < array.length ? index : -1;
}

function comparePlaces(a: readonly number[], b: readonly number[]): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if (a[index] !== b[index]) return a[index]! - b[index]!;
  }
  return a.length - b.length;
}
