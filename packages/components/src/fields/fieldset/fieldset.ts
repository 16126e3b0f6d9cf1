import { nlField, provideMessages } from '@wmebv/core';
import { html, nothing } from 'lit';
import { WmebvElement } from '../../base/element.js';
import { customElement, property } from 'lit/decorators.js';
import { uniqueId } from '../../util/unique-id.js';
import fieldCss from '../../base/field.css?inline';
import css from './fieldset.css?inline';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { field: nlField });

/**
 * A group of questions that belong together (an address, a contact person): a native `<fieldset>`
 * whose `<legend>` is `label`, with an optional hint, in the light DOM.
 *
 * **Children come in through the `content` property, not as child elements.** Like every `wmebv-*`
 * element it renders into its own light DOM and so replaces its children (children present before
 * it renders are fallback content). `content` is anything Lit can render, and is rendered inside
 * the `<fieldset>`, after the legend and hint:
 *
 * - from a Lit template: `` html`<wmebv-fieldset label="Adres" .content=${html`<wmebv-text-field …>`}>` ``.
 *   When the outer template renders again, the inner template is updated in place (same elements,
 *   their typed values kept), as any nested Lit template is;
 * - from plain JavaScript: `fieldset.content = [nodeA, nodeB]` (DOM nodes are moved in).
 *
 * The content is rendered by the fieldset, so event listeners written in it (`@input=${…}`) are
 * called with the fieldset as `this` unless they are arrow functions or bound; events from the
 * fields bubble through it as usual (listening on the form works).
 *
 * Not a field: it has no value and is not form-associated; the fields inside submit themselves.
 * The legend gets "(niet verplicht)" only when `optional` is set (when every question in it is
 * optional); otherwise the questions carry their own markers.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-fieldset
 *
 * @attr {boolean} optional - adds "(niet verplicht)" to the legend
 *
 * @prop {unknown} content - what goes inside the fieldset: a Lit template, a DOM node, an array of them, text
 *
 * @cssproperty --wmebv-font-size-l - size of the legend
 * @cssproperty --wmebv-label-font-weight - weight of the legend
 * @cssproperty --wmebv-secondary-text-color - hint text
 */
@customElement('wmebv-fieldset')
export class WmebvFieldset extends WmebvElement {
  static override lightStyles = [fieldCss, css];

  /** The legend. */
  @property() label = '';

  /** Help text under the legend. */
  @property() hint = '';

  /** Marks the legend "(niet verplicht)". */
  @property({ type: Boolean, reflect: true }) optional = false;

  /** Language of the marker. */

  /** What goes inside the fieldset (anything Lit can render). */
  @property({ attribute: false }) content: unknown = nothing;

  private readonly hintId = `${uniqueId('wmebv-fieldset')}-hint`;

  protected override render(): unknown {
    const t = this.t;
    return html`<fieldset class="wmebv-fieldset wmebv-fieldset-group" aria-describedby=${this.hint ? this.hintId : nothing}>
      <legend class="wmebv-legend wmebv-fieldset-group__legend">
        ${this.label}${this.optional ? html`<span class="wmebv-optional">${` ${t('field.optional')}`}</span>` : nothing}
      </legend>
      ${this.hint ? html`<p class="wmebv-hint wmebv-fieldset-group__hint" id=${this.hintId}>${this.hint}</p>` : nothing}
      ${this.content}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-fieldset': WmebvFieldset;
  }
}
