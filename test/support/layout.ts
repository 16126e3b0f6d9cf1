/**
 * Reflow checks (WCAG 2.2 SC 1.4.10): at 320 CSS px (a 1280 px window at 400 % zoom) nothing may
 * need scrolling in two directions. Shared by the browser tests and the story run (.storybook/preview.ts).
 */

/** A short description of an element for failure messages: `tag.class "text…"`. */
export function describeElement(element: Element): string {
  const classes = [...element.classList]
    .slice(0, 2)
    .map((name) => `.${name}`)
    .join('');
  const words = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${element.localName}${classes} "${words}"`;
}

/**
 * Elements of `root` whose box reaches past the right edge of the viewport (or of `width`), and the
 * page's own horizontal overflow. Empty when the content reflows. Elements that are clipped on
 * purpose (visually hidden text) are skipped: they take no space on screen.
 */
export function overflowing(root: ParentNode = document, width = document.documentElement.clientWidth): string[] {
  const found: string[] = [];
  const scrolling = document.documentElement.scrollWidth;
  if (scrolling > width + 0.5) found.push(`the page is ${scrolling} px wide in a ${width} px viewport`);
  for (const element of root.querySelectorAll('*')) {
    if (element.closest('.wmebv-visually-hidden, .sb-sr-only')) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) continue;
    if (box.right > width + 0.5) found.push(`${describeElement(element)} ends at ${Math.round(box.right)} px`);
  }
  return found;
}
