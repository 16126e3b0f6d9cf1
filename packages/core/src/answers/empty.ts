import type { FieldValue } from './value.js';

/**
 * One rule for "not answered", for every field type: absent, an empty or whitespace-only string,
 * an unticked checkbox (`false`) and an empty selection are empty. Everything else is an answer.
 */
export function isEmpty(value: FieldValue | undefined | null): boolean {
  if (value === undefined || value === null || value === false) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/**
 * Text length as the limits count it: Unicode code points, each line break one character (`\r\n`
 * counts as one, as it is normalised to `\n`). The browser's counter uses the same function.
 */
export function textLength(value: string): number {
  return [...value.replace(/\r\n?/g, '\n')].length;
}
