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
