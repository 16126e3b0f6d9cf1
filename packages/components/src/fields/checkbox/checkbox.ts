import { nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { ValueSync } from '../../base/value-sync.js';
import { createCheckboxRow, type CheckboxRow } from './checkbox-row.js';
import css from './checkbox.css?inline';

/**
 * A single yes/no question, or a declaration to agree to: one native checkbox with its label beside
 * it ("(niet verplicht)" after the label when optional), a hint and an error, in the light DOM.
 *
 * Not form-associated: the native checkbox carries `name`, `value` and `required`, so a surrounding
 * `<form>` submits `value` under `name` only while the box is ticked, as a plain checkbox does.
 * Required means: it must be ticked (native `required` on the checkbox).
 *
 * As on native checkboxes, the attribute `checked` is the initial state (`defaultChecked`, what
 * `form.reset()` returns to) and the property `checked` the current one.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-checkbox
 *
 * @attr {boolean} required - must be ticked; otherwise "(niet verplicht)" follows the label
 * @attr {boolean} checked - initially ticked; `form.reset()` returns to it
 * @attr {string} value - what is submitted when ticked (default `on`, as for a native checkbox)
 *
 * @prop {boolean} checked - whether the box is ticked now
 * @prop {boolean} defaultChecked - initially ticked (attribute `checked`)
 * @prop {string} value - what is submitted under `name` while ticked
 * @prop {string} controlId - id of the checkbox (error summary links to it)
 *
 * @fires input - the native checkbox's event, bubbling (target: the checkbox)
 * @fires change - the native checkbox's event, bubbling (target: the checkbox)
 *
 * @cssproperty --wmebv-accent-color - the tick and the box when ticked
 * @cssproperty --wmebv-error-color - error message, outline and bar
 * @cssproperty --wmebv-focus-color - focus ring
 * @cssproperty --wmebv-target-size - minimum height of the row
 */
@customElement('wmebv-checkbox')
export class WmebvCheckbox extends WmebvFieldElement<boolean> {
  static override lightStyles = [css];

  /** Initially ticked (the `checked` attribute), restored by `form.reset()`. */
  @property({ type: Boolean, attribute: 'checked' }) defaultChecked = false;

  /** What is submitted under `name` while ticked. */
  @property() value = 'on';

  /** `<div class="wmebv-checkbox">` with the box and its label, made on the first render and kept (issue 16). */
  private box?: CheckboxRow & { value?: string };

  private get input(): HTMLInputElement | undefined {
    return this.box?.input;
  }

  private readonly sync = new ValueSync<boolean>(this, {
    read: () => this.input?.checked,
    write: (checked) => {
      if (this.input) this.input.checked = checked;
      return Boolean(this.input);
    },
    initial: () => this.defaultChecked,
  });

  /** Whether the box is ticked now. */
  get checked(): boolean {
    return this.sync.value;
  }

  set checked(checked: boolean) {
    this.sync.value = Boolean(checked);
  }

  /** The answer: whether the box is ticked (the same as `checked`). */
  override get answer(): boolean {
    return this.checked;
  }

  override set answer(answer: boolean) {
    this.checked = answer;
  }

  protected override get captionInControl(): boolean {
    return true;
  }

  protected override renderControl(): HTMLDivElement {
    const box: CheckboxRow & { value?: string } = (this.box ??= createCheckboxRow(
      this.ownerDocument,
      'wmebv-checkbox__label wmebv-checkbox__label--question',
    ));
    const describedBy = this.describedBy();
    writeAttributes(box.input, {
      id: this.controlId,
      name: this.name || undefined,
      checked: this.defaultChecked,
      required: this.required,
      disabled: this.disabled,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-describedby': describedBy === nothing ? undefined : describedBy,
    });
    // As a `.value` binding: written when it changed since the last render, not compared with the input.
    if (box.value !== this.value) box.input.value = box.value = this.value;
    if (box.label.htmlFor !== this.controlId) box.label.htmlFor = this.controlId;
    this.writeCaption(box.label, box.text);
    return box.row;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-checkbox': WmebvCheckbox;
  }
}
