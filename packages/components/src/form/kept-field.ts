import { noChange, type ChildPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { insertPart, removePart, setChildPartValue, setCommittedValue } from 'lit/directive-helpers.js';

/** A question's field element as a step renders it: its tag, attributes and properties. */
export interface KeptFieldSpec {
  readonly [KEPT]: true;
  tag: string;
  attributes: Record<string, string>;
  properties: Record<string, unknown>;
}

const KEPT = Symbol('kept field');

/** The field element `<tag …attributes .…properties>`, for a question list (`keptQuestions`). */
export function keptField(tag: string, attributes: Record<string, string>, properties: Record<string, unknown>): KeptFieldSpec {
  return { [KEPT]: true, tag, attributes, properties };
}

/** One entry of a question list: a question's element, or anything else Lit renders (a content paragraph, a deadline hint). */
export interface QuestionEntry {
  /** Unique in the list: the same key renders into the same element (or part) on every render. */
  key: string;
  /** Rendered again only when one of these differs from the last render (Lit's `guard`); none: every render. */
  deps?: readonly unknown[];
  render: () => KeptFieldSpec | unknown;
}

/** An entry's nodes: a field element, or a child part of its own. */
type Kept = { deps?: readonly unknown[] | undefined } & ({ element: HTMLElement; previous: Record<string, unknown> } | { part: ChildPart });

/**
 * A step's questions (or a fieldset's, or those a radio option reveals), in order: each question's
 * field element made once and kept per key, its attributes written when they differ from what it
 * has, its properties set when they differ from the last render (a Lit `.prop=${value}` binding's
 * semantics). The same elements as `${questions.map((q) => guard(deps, () => html`<wmebv-x …>`))}`,
 * without a template instance, a child part, two marker comments and two directives per question:
 * a long form renders 200 of them on its first render (issue 16). An entry that is not a field
 * element (a paragraph, a deadline hint) gets a child part of its own. A new tag makes a new element,
 * as a new template would.
 */
class KeptQuestions extends Directive {
  private kept = new Map<string, Kept>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('keptQuestions() belongs in a child position: ${keptQuestions(...)}');
  }

  render(_entries: readonly QuestionEntry[]): typeof noChange {
    return noChange;
  }

  override update(container: ChildPart, [entries]: [readonly QuestionEntry[]]): typeof noChange {
    const before = this.kept;
    const now = new Map<string, Kept>();
    for (const entry of entries) {
      let kept = before.get(entry.key);
      before.delete(entry.key);
      if (!kept || !entry.deps || !kept.deps || !sameDeps(kept.deps, entry.deps)) kept = this.write(container, kept, entry.render());
      kept.deps = entry.deps;
      now.set(entry.key, kept);
    }
    for (const gone of before.values()) drop(gone);
    this.kept = now;
    // In order, moving only what is out of place (moving a focused control would blur it).
    const parent = container.parentNode;
    let cursor = container.startNode!.nextSibling;
    for (const kept of now.values()) {
      const [first, last] = 'element' in kept ? [kept.element, kept.element] : [kept.part.startNode!, kept.part.endNode!];
      if (cursor === first) cursor = last.nextSibling;
      else {
        for (let node: Node | null = first, next: Node | null; node; node = node === last ? null : next) {
          next = node.nextSibling;
          parent.insertBefore(node, cursor);
        }
      }
    }
    // Lit compares what a part holds with its next value: holding "nothing" as far as Lit knew, a
    // part set to `nothing` next (a radio option's questions hidden) would keep these nodes.
    setCommittedValue(container, this);
    return noChange;
  }

  private write(container: ChildPart, kept: Kept | undefined, value: unknown): Kept {
    if (!isSpec(value)) {
      if (kept && 'part' in kept) return (setChildPartValue(kept.part, value), kept);
      if (kept) drop(kept);
      return { part: setChildPartValue(insertPart(container), value) };
    }
    const { tag, attributes, properties } = value;
    if (!kept || !('element' in kept) || kept.element.localName !== tag) {
      if (kept) drop(kept);
      kept = { element: container.parentNode.ownerDocument!.createElement(tag), previous: {} };
    }
    const { element, previous } = kept;
    // Written here rather than with base/kept-element's writeAttributes: importing it would put a
    // chunk shared with the field elements into the form's first load.
    for (const name in attributes) if (element.getAttribute(name) !== attributes[name]) element.setAttribute(name, attributes[name]!);
    const target = element as unknown as Record<string, unknown>;
    for (const name in properties) {
      const property = properties[name];
      if (!(name in previous) || previous[name] !== property) target[name] = property;
    }
    kept.previous = properties;
    return kept;
  }
}

function isSpec(value: unknown): value is KeptFieldSpec {
  return typeof value === 'object' && value !== null && KEPT in value;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

function drop(kept: Kept): void {
  if ('element' in kept) kept.element.remove();
  else removePart(kept.part);
}

export const keptQuestions = directive(KeptQuestions);
