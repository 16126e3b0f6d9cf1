import { noChange, nothing, render } from 'lit';
import { Directive, directive, PartType, type ChildPart, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { setChildPartValue } from 'lit/directive-helpers.js';
import { placeNodes } from '../util/place-nodes.js';

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
  private labelNode?: { label: HTMLLabelElement; text: Text };
  private groupNode?: { fieldset: HTMLFieldSetElement; legend: HTMLLegendElement; text: Text; slot: HTMLDivElement; children: Node[] };

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

  /** `<label class="wmebv-label" for>label optional</label>`, the caption of a field with one control. */
  label(htmlFor: string, label: string, optional: Node | typeof nothing): HTMLLabelElement {
    let kept = this.labelNode;
    if (!kept) {
      const node = this.host.ownerDocument.createElement('label');
      node.className = 'wmebv-label';
      kept = this.labelNode = { label: node, text: this.host.ownerDocument.createTextNode('') };
    }
    if (kept.label.htmlFor !== htmlFor) kept.label.htmlFor = htmlFor;
    writeCaption(kept.label, kept.text, label, optional);
    return kept.label;
  }

  /**
   * `<fieldset class="wmebv-fieldset" aria-describedby><legend class="wmebv-legend">label
   * optional</legend>…before<div class="wmebv-error-slot">error</div>…after</fieldset>`, the frame of
   * a group of controls; `before` and `after` are the field's kept nodes, in order.
   */
  group(
    describedBy: string | undefined,
    label: string,
    optional: Node | typeof nothing,
    before: Node[],
    error: Node | undefined,
    after: Node[],
  ): HTMLFieldSetElement {
    let kept = this.groupNode;
    if (!kept) {
      const document = this.host.ownerDocument;
      const fieldset = document.createElement('fieldset');
      fieldset.className = 'wmebv-fieldset';
      const legend = document.createElement('legend');
      legend.className = 'wmebv-legend';
      const slot = document.createElement('div');
      slot.className = 'wmebv-error-slot';
      kept = this.groupNode = { fieldset, legend, text: document.createTextNode(''), slot, children: [] };
    }
    const { fieldset, legend, slot } = kept;
    describe(fieldset, describedBy);
    writeCaption(legend, kept.text, label, optional);
    // The error goes into a box of its own (see WmebvFieldElement.render).
    placeError(slot, error);
    kept.children = replaceNodes(fieldset, null, null, kept.children, [legend, ...before, slot, ...after]);
    return fieldset;
  }

  /**
   * Writes a message shown or cleared (`error`, a node from `error()`, or none) into the field's kept
   * nodes where its render places it, without a render (WmebvFieldElement.showError, D7): in a
   * group's box, with the fieldset's `aria-describedby` (`describedBy`), or right before the
   * `control` (its first node: after the label and hint, or above a checkbox).
   */
  showError(control: Node, error: unknown, describedBy: string | typeof nothing | false): void {
    const group = this.groupNode;
    const node = error instanceof Node ? error : undefined;
    if (group) {
      describe(group.fieldset, describedBy === nothing ? undefined : (describedBy as string));
      placeError(group.slot, node);
    } else if (node) {
      if (node.nextSibling !== control) control.parentNode!.insertBefore(node, control);
    } else this.errorNode?.p.remove();
  }

  /** The field no longer shows its disclosure: a later one starts closed, as a new element would. */
  dropLegalBasis(): void {
    this.legalBasisNode = undefined;
  }
}

/** Writes a group's `aria-describedby` (none: `undefined`). */
function describe(fieldset: HTMLFieldSetElement, describedBy: string | undefined): void {
  if (describedBy === undefined) fieldset.removeAttribute('aria-describedby');
  else if (fieldset.getAttribute('aria-describedby') !== describedBy) fieldset.setAttribute('aria-describedby', describedBy);
}

/** Puts the message (or none) into a group's box. */
function placeError(slot: HTMLDivElement, error: Node | undefined): void {
  if (slot.firstChild !== (error ?? null)) slot.replaceChildren(...(error ? [error] : []));
}

/** Writes the caption `label` (into the kept `text`) and `optional` after it into `element`, as the only children. */
export function writeCaption(element: Element, text: Text, label: string, optional: Node | typeof nothing): void {
  if (text.data !== label) text.data = label;
  if (element.firstChild !== text) element.insertBefore(text, element.firstChild);
  const after = optional === nothing ? null : optional;
  if (text.nextSibling !== after) {
    text.nextSibling?.remove();
    if (after) element.append(after);
  }
}

/**
 * Makes `nodes` what `parent` holds between `start` and `end` (see placeNodes), where it held
 * `previous`: the nodes that left are removed, the rest put in order. Returns `nodes`.
 */
function replaceNodes(parent: Node, start: Node | null, end: Node | null, previous: readonly Node[], nodes: Node[]): Node[] {
  for (const node of previous) if (!nodes.includes(node) && node.parentNode === parent) parent.removeChild(node);
  placeNodes(parent, start, end, nodes, previous.length === 0);
  return nodes;
}

/** The nodes `keptNodes` placed per part: kept with the part, as Lit drops the directive of a part it clears. */
const placed = new WeakMap<ChildPart, Node[]>();

/**
 * A field's whole render as kept nodes (FieldChrome's and the control's), placed in the element's
 * root part in order: no template instance, part or marker comment per label, hint, message and
 * control (issue 16). Nodes that left the list are removed. What a template rendered there before
 * is cleared first (and Lit no longer holds it as the part's value).
 *
 * Lit's trap: `update` returns `noChange`, so the part's committed value stays `nothing` (as Lit
 * starts it, or as the clearing above sets it). Were the part given `nothing` later (or `''`,
 * `null`, `undefined`), Lit would see no change and leave these nodes on the page, stale. No path
 * gives it that: the one render that uses the directive is WmebvFieldElement's, into its root part,
 * and it returns `keptNodes(...)` in every branch (a field with nothing to show is `keptNodes([])`,
 * which removes the nodes). Its return type, {@link KeptNodesResult}, keeps it so: a subclass whose
 * `render()` returns anything else, `nothing` included, does not compile (base/contract.test.ts).
 */
class KeptNodes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('keptNodes() belongs in a child position: ${keptNodes(...)}');
  }

  render(_nodes: Node[]): typeof noChange {
    return noChange;
  }

  override update(part: ChildPart, [nodes]: [Node[]]): typeof noChange {
    let previous = placed.get(part) ?? [];
    // Our nodes start right after the part's start: anything else there is a template's. (A message
    // written by showError may be first, above a checkbox.)
    const first = part.startNode!.nextSibling;
    if (first !== (previous[0] ?? part.endNode) && !nodes.includes(first!)) {
      setChildPartValue(part, nothing);
      previous = [];
    }
    placed.set(part, replaceNodes(part.parentNode, part.startNode, part.endNode, previous, nodes));
    return noChange;
  }
}

/** Brands `keptNodes(...)`'s result: Lit types every directive's result as `{}`, which `nothing` would satisfy. */
declare const kept: unique symbol;

/** What `keptNodes(...)` gives: the only thing a field's `render()` may return (see KeptNodes). */
export type KeptNodesResult = DirectiveResult<typeof KeptNodes> & { readonly [kept]: true };

export const keptNodes = directive(KeptNodes) as (nodes: Node[]) => KeptNodesResult;
