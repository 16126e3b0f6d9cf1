import { distance } from 'fastest-levenshtein';
import { definitionJsonSchema } from './schema.js';

let vocabulary: string[] | undefined;

/**
 * Every property name the definition language has anywhere, read from its JSON Schema (generated
 * from core's zod schemas, so a new property is known here without a list to keep).
 */
function propertyNames(): string[] {
  if (!vocabulary) {
    const names = new Set<string>();
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'properties' && value && typeof value === 'object' && !Array.isArray(value))
            Object.keys(value).forEach((name) => names.add(name));
          walk(value);
        }
      }
    };
    walk(definitionJsonSchema());
    vocabulary = [...names].sort();
  }
  return vocabulary;
}

/**
 * The known property an unknown one was probably meant to be (`maxLenght` → `maxLength`,
 * `requried` → `required`): the nearest by edit distance, at most 2 edits and fewer than a third of
 * the name, compared without regard to case. Undefined when nothing is that close.
 */
export function suggestProperty(unknown: string): string | undefined {
  const lower = unknown.toLowerCase();
  let best: { name: string; edits: number } | undefined;
  for (const name of propertyNames()) {
    const edits = distance(lower, name.toLowerCase());
    if (edits <= 2 && edits * 3 < unknown.length && (!best || edits < best.edits)) best = { name, edits };
  }
  return best?.name;
}
