import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * The two small pieces of chrome every field repeats, the hint `<p>` and the "(niet verplicht)"
 * `<span>`, as nodes kept per field and rendered into Lit child parts as they are. The same markup
 * as a template would give, but not a template instance each: a long form renders them hundreds of
 * times on its first render (issue 16), and an instance costs a clone, a tree walk and marker
 * comments where a node costs one `createElement`. A later render with the same text changes nothing;
 * a new text or id is written into the same node.
 */
export class FieldChrome {
  private hintNode?: HTMLParagraphElement;
  private optionalNode?: HTMLSpanElement;

  constructor(private readonly host: Element) {}

  /** `<p class id>text</p>`. */
  hint(className: string, id: string, text: string): HTMLParagraphElement {
    const node = (this.hintNode ??= this.host.ownerDocument.createElement('p'));
    if (node.className !== className) node.className = className;
    if (node.id !== id) node.id = id;
    if (node.textContent !== text) node.textContent = text;
    return node;
  }

  /** `<span class="wmebv-optional">text</span>`. */
  optional(text: string): HTMLSpanElement {
    let node = this.optionalNode;
    if (!node) {
      node = this.optionalNode = this.host.ownerDocument.createElement('span');
      node.className = 'wmebv-optional';
    }
    if (node.textContent !== text) node.textContent = text;
    return node;
  }
}

/**
 * The content of a field's `<label>` or `<legend>`: the question's text, then " (niet verplicht)"
 * when given. Written into the element from an element position (`<label ${caption(…)}>`), so the
 * two need no child parts and marker comments; the same text again changes nothing.
 */
class Caption extends Directive {
  private text?: Text;

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('caption() belongs in an element position: <label ${caption(...)}>');
  }

  render(_label: string, _optional: Node | typeof nothing): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [label, optional]: [string, Node | typeof nothing]): typeof nothing {
    const element = part.element;
    const text = (this.text ??= element.ownerDocument.createTextNode(''));
    if (text.data !== label) text.data = label;
    if (element.firstChild !== text) element.insertBefore(text, element.firstChild);
    const after = optional === nothing ? null : optional;
    if (text.nextSibling !== after) {
      text.nextSibling?.remove();
      if (after) element.append(after);
    }
    return nothing;
  }
}

export const caption = directive(Caption);
