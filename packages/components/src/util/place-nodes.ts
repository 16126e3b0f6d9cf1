import type { ChildPart } from 'lit';

/**
 * Puts `nodes`, in order, between a child part's markers, for directives that keep their own nodes
 * (option-list.ts, radio-rows.ts). The first time (`first`) all at once in one fragment; later only
 * the nodes that are out of place move, since moving a chosen option or a checked radio can drop
 * what the user chose, and moving the rest costs for nothing. Nodes that left the list must already
 * be removed.
 */
export function placeNodes(part: ChildPart, nodes: readonly Node[], first: boolean): void {
  const parent = part.parentNode;
  if (first) {
    const fragment = parent.ownerDocument!.createDocumentFragment();
    fragment.append(...nodes);
    parent.insertBefore(fragment, part.endNode);
    return;
  }
  let cursor = part.startNode!.nextSibling;
  for (const node of nodes) {
    if (cursor === node) cursor = node.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
