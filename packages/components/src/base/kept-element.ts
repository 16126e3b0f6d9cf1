/**
 * Attributes of a kept element: a string is written as is, `true` as an empty (boolean) attribute;
 * `false` and `undefined` remove it.
 */
export type KeptAttributes = Record<string, string | boolean | undefined>;

/** Writes `attributes` (see {@link KeptAttributes}) into `element`, each only when it differs. */
export function writeAttributes(element: Element, attributes: KeptAttributes): void {
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined || value === false) {
      if (element.hasAttribute(name)) element.removeAttribute(name);
    } else {
      const text = value === true ? '' : value;
      if (element.getAttribute(name) !== text) element.setAttribute(name, text);
    }
  }
}
