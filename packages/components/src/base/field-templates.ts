import { html, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { writeCaption } from './field-chrome.js';

/** What a field whose control is rendered by a template gives its template (WmebvFieldElement.render). */
export interface FieldTemplateParts {
  /** The label or legend's text, and " (niet verplicht)" after it when optional. */
  label: string;
  optional: Node | typeof nothing;
  /** Ids for `aria-describedby` (a group's fieldset), `nothing` without any. */
  describedBy: string | typeof nothing;
  controlId: string;
  /** A group of controls: a `<fieldset>` with a `<legend>`. */
  group: boolean;
  /** A single checkbox: its label beside the box, inside the control. */
  beside: boolean;
  hint: unknown;
  error: unknown;
  control: unknown;
  description: unknown;
  legalBasis: unknown;
}

/**
 * The whole field as one template per layout, for the fields whose control is a template (textarea,
 * checkbox group, file upload): a module of its own, so a field of kept nodes alone (the text field)
 * loads none of it. Straight into the host (each nested template is one more instance to clone for
 * each of a long form's fields), without whitespace between the parts: each text node is one more
 * node to clone per field.
 */
export function renderFieldTemplate(parts: FieldTemplateParts): unknown {
  const { hint, error, control, description, legalBasis } = parts;
  if (parts.beside) {
    // A checkbox's label is beside the box: its hint goes under that label, not above the box.
    return html`${error}${control}${hint}${description}${legalBasis}`;
  }
  const text = caption(parts.label, parts.optional);
  if (parts.group) {
    // The error goes into a box of its own: Chromium rebuilds a fieldset's whole layout tree when a
    // child of the fieldset itself appears (a validation pass of a long form spent most of its
    // layout on that); inside the empty, unstyled div it is laid out alone, in the same place.
    return html`<fieldset class="wmebv-fieldset" aria-describedby=${parts.describedBy}><legend class="wmebv-legend" ${text}></legend>${hint}${description}<div class="wmebv-error-slot">${error}</div>${control}${legalBasis}</fieldset>`;
  }
  return html`<label class="wmebv-label" for=${parts.controlId} ${text}></label>${hint}${description}${error}${control}${legalBasis}`;
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
    writeCaption(part.element, (this.text ??= part.element.ownerDocument.createTextNode('')), label, optional);
    return nothing;
  }
}

export const caption = directive(Caption);
