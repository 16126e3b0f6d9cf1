import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * A question's field element, made once per question and kept: its attributes written when they
 * differ from what it has, its properties set when they differ from the last render (a Lit
 * `.prop=${value}` binding's semantics). The same element, attributes and properties as
 * `<wmebv-x data-field-id=${…} .label=${…} …>` in a template of its own, without the instance: a long
 * form renders 200 of them on its first render (issue 16), and each instance cost a clone, a tree
 * walk, marker comments and a part per binding. Rendered into a child part:
 * `${keptField('wmebv-textarea', { 'data-field-id': id, name: id }, { label, rows, … })}`. A new tag
 * makes a new element, as a new template would.
 */
class KeptField extends Directive {
  private element?: HTMLElement;
  private previous: Record<string, unknown> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('keptField() belongs in a child position: ${keptField(...)}');
  }

  render(_tag: string, _attributes: Record<string, string>, _properties: Record<string, unknown>): HTMLElement | undefined {
    return this.element;
  }

  override update(part: ChildPart, [tag, attributes, properties]: [string, Record<string, string>, Record<string, unknown>]): HTMLElement {
    let element = this.element;
    if (!element || element.localName !== tag) {
      element = this.element = part.parentNode.ownerDocument!.createElement(tag);
      this.previous = {};
    }
    // Written here rather than with base/kept-element's writeAttributes: importing it would put a
    // chunk shared with the field elements into the form's first load.
    for (const name in attributes) if (element.getAttribute(name) !== attributes[name]) element.setAttribute(name, attributes[name]!);
    const target = element as unknown as Record<string, unknown>;
    const previous = this.previous;
    for (const name in properties) {
      const value = properties[name];
      if (!(name in previous) || previous[name] !== value) target[name] = value;
    }
    this.previous = properties;
    return element;
  }
}

export const keptField = directive(KeptField);
