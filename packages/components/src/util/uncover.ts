/**
 * WCAG 2.4.11 (focus not obscured): after scrolling `element` to the top of the viewport, a host
 * page's sticky or fixed header may cover it. If so, scroll back by the header's height (plus a
 * little room), so the question and the focused control are visible. Pages can also set
 * `scroll-padding-top` on `html` (see docs/theming.md), which `scrollIntoView` already honours.
 */
export function uncover(element: HTMLElement): void {
  const view = element.ownerDocument.defaultView;
  if (!view) return;
  const box = element.getBoundingClientRect();
  const x = Math.min(Math.max(box.left + Math.min(box.width, 40) / 2, 0), view.innerWidth - 1);
  const y = Math.max(box.top + 1, 0);
  let cover: Element | null = null;
  for (const candidate of element.ownerDocument.elementsFromPoint(x, y)) {
    if (candidate === element || element.contains(candidate) || candidate.contains(element)) break;
    for (let node: Element | null = candidate; node; node = node.parentElement) {
      const position = view.getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky') {
        cover = node;
        break;
      }
    }
    if (cover) break;
  }
  if (!cover) return;
  const overlap = cover.getBoundingClientRect().bottom - box.top;
  if (overlap > 0) view.scrollBy({ top: -(overlap + 8), behavior: 'instant' });
}
