/**
 * Puts `nodes`, in order, into `parent` after `start` (from its first child when `null`) and before
 * `end` (a child part's markers, or a kept element's own children), for code that keeps its own
 * nodes (option-list.ts, radio-rows.ts, a field's kept chrome). The first time (`first`) all at once in one fragment; later only
 * the nodes that are out of place move, since moving a chosen option or a checked radio can drop
 * what the user chose, and moving the rest costs for nothing. Nodes that left the list must already
 * be removed.
 */
export function placeNodes(parent: Node, start: Node | null, end: Node | null, nodes: readonly Node[], first: boolean): void {
  if (first) {
    const fragment = parent.ownerDocument!.createDocumentFragment();
    fragment.append(...nodes);
    parent.insertBefore(fragment, end);
    return;
  }
  let cursor = start ? start.nextSibling : parent.firstChild;
  for (const node of nodes) {
    if (cursor === node) cursor = node.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
