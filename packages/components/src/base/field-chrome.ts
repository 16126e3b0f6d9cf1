import { nothing, render } from 'lit';
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
  private errorNode?: { p: HTMLParagraphElement; prefix: Text; message: Text };
  private optionalNode?: HTMLSpanElement;
  private legalBasisNode?: { details: HTMLDetailsElement; summary: Text; question: Text; content: boolean };

  constructor(private readonly host: Element) {}

  /** `<p class id>text</p>`. */
  hint(className: string, id: string, text: string): HTMLParagraphElement {
    const node = (this.hintNode ??= this.host.ownerDocument.createElement('p'));
    if (node.className !== className) node.className = className;
    if (node.id !== id) node.id = id;
    if (node.textContent !== text) node.textContent = text;
    return node;
  }

  /**
   * `<p class="wmebv-error-message" id><span class="wmebv-visually-hidden">prefix</span>message</p>`:
   * made on the field's first error, so a form renders no message element until a validation pass,
   * and a pass that shows dozens of messages inserts a kept node each rather than cloning a
   * template instance each. No whitespace around the parts: each text node is one more layout
   * object per message.
   */
  error(id: string, prefix: string, message: string): HTMLParagraphElement {
    let kept = this.errorNode;
    if (!kept) {
      const document = this.host.ownerDocument;
      const p = document.createElement('p');
      p.className = 'wmebv-error-message';
      const hidden = p.appendChild(document.createElement('span'));
      hidden.className = 'wmebv-visually-hidden';
      kept = this.errorNode = { p, prefix: hidden.appendChild(document.createTextNode('')), message: p.appendChild(document.createTextNode('')) };
    }
    if (kept.p.id !== id) kept.p.id = id;
    if (kept.prefix.data !== prefix) kept.prefix.data = prefix;
    if (kept.message.data !== message) kept.message.data = message;
    return kept.p;
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

  /**
   * `<details class="wmebv-legal-basis"><summary class="wmebv-legal-basis__summary">summary<span
   * class="wmebv-visually-hidden"> (question)</span></summary>content</details>`: the disclosure a
   * required field with a legal basis has, dozens of them in a long form and mostly never opened, so
   * one kept node rather than a template instance each. `content` (`nothing` while closed) is rendered
   * with Lit after the summary; `onToggle` hears the disclosure open and close.
   */
  legalBasis(summary: string, question: string, content: unknown, onToggle: (event: Event) => void): HTMLDetailsElement {
    let kept = this.legalBasisNode;
    if (!kept) {
      const document = this.host.ownerDocument;
      const details = document.createElement('details');
      details.className = 'wmebv-legal-basis';
      details.addEventListener('toggle', onToggle);
      const summaryNode = details.appendChild(document.createElement('summary'));
      summaryNode.className = 'wmebv-legal-basis__summary';
      const hidden = document.createElement('span');
      hidden.className = 'wmebv-visually-hidden';
      kept = this.legalBasisNode = {
        details,
        summary: document.createTextNode(''),
        question: hidden.appendChild(document.createTextNode('')),
        content: false,
      };
      summaryNode.append(kept.summary, hidden);
    }
    if (kept.summary.data !== summary) kept.summary.data = summary;
    const name = ` (${question})`;
    if (kept.question.data !== name) kept.question.data = name;
    if (content !== nothing || kept.content) {
      render(content, kept.details, { host: this.host });
      kept.content = content !== nothing;
    }
    return kept.details;
  }

  /** The field no longer shows its disclosure: a later one starts closed, as a new element would. */
  dropLegalBasis(): void {
    this.legalBasisNode = undefined;
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
