import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * Attributes of a kept element: a string is written as is, `true` as an empty (boolean) attribute;
 * `false` and `undefined` remove it.
 */
export type KeptAttributes = Record<string, string | boolean | undefined>;

/**
 * One element made once and kept, its attributes written when they differ from what it has: the
 * same DOM as `<tag attr=${…}>` in a template of its own, without the instance (clone, tree walk,
 * marker comments, a part per attribute). For a field's single native control, which a long form
 * renders hundreds of times on its first render (issue 16). The element is rendered into a child
 * part: `${keptElement('input', { … })}`. `create` runs once, for what never changes (a listener).
 */
class KeptElement extends Directive {
  private element?: HTMLElement;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('keptElement() belongs in a child position: ${keptElement(...)}');
  }

  render(_tag: string, _attributes: KeptAttributes, _create?: (element: HTMLElement) => void): HTMLElement | undefined {
    return this.element;
  }

  override update(part: ChildPart, [tag, attributes, create]: [string, KeptAttributes, ((element: HTMLElement) => void)?]): HTMLElement {
    let element = this.element;
    if (!element || element.localName !== tag) {
      element = this.element = part.parentNode.ownerDocument!.createElement(tag);
      create?.(element);
    }
    writeAttributes(element, attributes);
    return element;
  }
}

export const keptElement = directive(KeptElement);

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
