import { collapseWhiteSpace } from './signed-section.js';

/**
 * How `textLines` reads a tree: a DOM (browsers), a parse5 tree (`wmebv verify-receipt`), anything.
 * Core knows no DOM, so the caller says what a node is.
 */
export interface TextTree<N> {
  /** The node's children in document order (a `<template>`'s content included). */
  children(node: N): readonly N[];
  /** A text node's text; `undefined` for any other node. */
  text(node: N): string | undefined;
  /** An element's lower-case name; `undefined` for any other node (comments are then skipped). */
  element(node: N): string | undefined;
}

/** Elements that do not end a line where they start or end (HTML's phrasing content); every other element does. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'i',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
]);

/**
 * The text under `root`, line by line, as `signedSectionLines` writes it: every element that is not
 * inline, and every `<br>`, ends a line; white space is collapsed; empty lines are left out. All
 * text counts, hidden or not (also inside `<script>`, `<style>` and `<template>`); comments,
 * attributes and CSS do not.
 */
export function textLines<N>(root: N, tree: TextTree<N>): string[] {
  const lines: string[] = [];
  let current = '';
  const endLine = (): void => {
    const line = collapseWhiteSpace(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: N): void => {
    const text = tree.text(node);
    if (text !== undefined) {
      current += text;
      return;
    }
    const name = tree.element(node);
    if (name === undefined) return;
    const block = !INLINE.has(name);
    if (block) endLine();
    for (const child of tree.children(node)) walk(child);
    if (block) endLine();
  };
  for (const child of tree.children(root)) walk(child);
  endLine();
  return lines;
}

/** Where a signed section's text departs from the signed receipt's (1-based `line`). */
export type SignedTextDifference =
  | { kind: 'changed'; line: number; found: string; expected: string }
  | { kind: 'added'; line: number; found: string }
  | { kind: 'missing'; line: number; expected: string };

/**
 * The first line where `found` (the copy's section, `textLines`) differs from `expected`
 * (`signedSectionLines`), or `undefined` when they are the same.
 */
export function compareSignedText(found: readonly string[], expected: readonly string[]): SignedTextDifference | undefined {
  const length = Math.max(found.length, expected.length);
  for (let index = 0; index < length; index += 1) {
    const actual = found[index];
    const wanted = expected[index];
    if (actual === wanted) continue;
    if (wanted === undefined) return { kind: 'added', line: index + 1, found: actual! };
    if (actual === undefined) return { kind: 'missing', line: index + 1, expected: wanted };
    // A line that comes back one further on was inserted, not changed.
    if (found[index + 1] === wanted) return { kind: 'added', line: index + 1, found: actual };
    return { kind: 'changed', line: index + 1, found: actual, expected: wanted };
  }
  return undefined;
}
