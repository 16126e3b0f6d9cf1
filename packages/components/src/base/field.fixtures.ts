/**
 * The element tests' one fixture builder: mounts an example from `<element>.examples.ts` with the
 * same render its stories use, so a test checks exactly what a story shows. Test support only: not
 * part of the package (tsconfig.build.json).
 */
import { fixture, html } from '@open-wc/testing';
import type { Example } from './field-controls.examples.js';

/**
 * Renders `example` (its args, with `overrides` on top) through `render` on a page section in
 * `lang` (default Dutch, as the stories' page), waits for the element's first render, and returns
 * the element `render` made (the section's first element child).
 */
export async function mountExample<Args, E extends HTMLElement = HTMLElement>(
  render: (args: Args) => unknown,
  example: Example<Args>,
  overrides: Partial<Args> = {},
  lang = 'nl',
): Promise<E> {
  const section = await fixture<HTMLElement>(html`<div lang=${lang}>${render({ ...example.args, ...overrides })}</div>`);
  const element = section.firstElementChild as E;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
