import type { Option } from '@wmebv/core';
import { customElement, property } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { ValueSync } from '../../base/value-sync.js';
import css from './radio-group.css?inline';
import { RadioRows, type RadioRowsState } from './radio-rows.js';

/**
 * A question with one answer out of a few: native radios in a `<fieldset>` whose `<legend>` is the
 * question (with "(niet verplicht)" when optional), in the light DOM.
 *
 * Not form-associated: the radios carry `name`, `value` and `required`, so a surrounding `<form>`
 * submits the checked one as it would plain radios. Without a `name` the radios are grouped under
 * a generated one (arrow keys need a group). `controlId` is the first radio: the error summary
 * links to it and `focusControl()` focuses it without selecting it.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-radio-group
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the legend
 * @attr {string} options - JSON array of `{ value, label }`
 * @attr {string} value - the initially checked value; `form.reset()` returns to it
 *
 * @prop {Option[]} options - the answers: `{ value, label }`, label a plain string (or localized map)
 * @prop {string} value - the checked radio's value, `''` when none is checked
 * @prop {string} defaultValue - the initially checked value (attribute `value`)
 * @prop {string} controlId - id of the first radio
 * @prop {Record<string, RevealedQuestions>} revealed - questions revealed by an option, by its value
 *
 * @fires input - the native radio's event, bubbling (target: the radio)
 * @fires change - the native radio's event, bubbling (target: the radio)
 *
 * @cssproperty --wmebv-accent-color - the radio's checked colour
 * @cssproperty --wmebv-error-color - error message, ring and bar
 * @cssproperty --wmebv-focus-color - focus ring
 * @cssproperty --wmebv-target-size - minimum height of a row
 */
/** The questions an option reveals (GOV.UK "conditionally revealing a related question"). */
export interface RevealedQuestions {
  /** Whether they show now (the option is chosen); the container stays in the DOM for `aria-controls`. */
  shown: boolean;
  /** The questions, rendered (e.g. field elements); they become part of this group's DOM. */
  content: unknown;
}

@customElement('wmebv-radio-group')
export class WmebvRadioGroup extends WmebvFieldElement<string> {
  static override lightStyles = [css];

  /** The answers to choose from. */
  @property({ type: Array }) options: Option[] = [];

  /**
   * Questions revealed by an option, keyed by the option's value: rendered directly after that
   * option, so they follow it in the reading order, and named by its `aria-controls` (issue 15 item
   * 4; GOV.UK's conditional reveal). No `aria-expanded` (not allowed on a radio) and no live
   * announcement: the user reads on into them.
   */
  @property({ attribute: false }) revealed: Record<string, RevealedQuestions> = {};

  /** The initially checked value (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** A value set while its radio does not exist yet stays pending until it does; `''` unchecks all. */
  private readonly sync = new ValueSync<string>(this, {
    read: () => (this.rendered ? (this.radios().find((radio) => radio.checked)?.value ?? '') : undefined),
    write: (wanted) => {
      if (!this.rendered) return false;
      const radios = this.radios();
      if (wanted === '') radios.forEach((radio) => (radio.checked = false));
      const radio = radios.find((candidate) => candidate.value === wanted);
      if (radio) radio.checked = true;
      return wanted === '' || Boolean(radio);
    },
    initial: () => this.defaultValue,
  });

  /** The checked radio's value; `''` when none is checked. */
  get value(): string {
    return this.sync.value;
  }

  set value(value: string) {
    this.sync.value = value == null ? '' : String(value);
  }

  override get controlId(): string {
    return `${this.fieldId}-option-0`;
  }

  protected override get isGroup(): boolean {
    return true;
  }

  protected override renderControl(): HTMLDivElement {
    const state: RadioRowsState = {
      fieldId: this.fieldId,
      name: this.name || this.fieldId,
      defaultValue: this.defaultValue,
      required: this.required,
      disabled: this.disabled,
      invalid: this.invalid,
      locale: this.resolvedLocale,
      revealed: this.revealed,
      host: this,
    };
    if (!this.radiosNode) {
      this.radiosNode = this.ownerDocument.createElement('div');
      this.radiosNode.className = 'wmebv-radios';
      this.radiosNode.addEventListener('change', this.onChange);
    }
    this.rows.write(this.radiosNode, this.options, state);
    return this.radiosNode;
  }

  /** `<div class="wmebv-radios">` and its rows, kept (radio-rows.ts). */
  private radiosNode?: HTMLDivElement;
  private readonly rows = new RadioRows();

  /** A radio the user checked wins over a value set earlier that matched no radio. */
  private onChange = (): void => this.sync.userChose();

  /** Whether the radios are in the DOM (controllers hear of the first update before `hasUpdated`). */
  private get rendered(): boolean {
    return this.querySelector(':scope > .wmebv-fieldset > .wmebv-radios') !== null;
  }

  /** This group's own radios, not those of a radio question it reveals. */
  private radios(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input.wmebv-radio__input')].filter((radio) => radio.closest('wmebv-radio-group') === this);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-radio-group': WmebvRadioGroup;
  }
}
