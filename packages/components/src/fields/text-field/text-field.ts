import type { InputFieldType } from '@wmebv/core';
import { nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { ValueSync } from '../../base/value-sync.js';
import css from './text-field.css?inline';

/** How a kind of text field sets up the native input. */
interface InputSetup {
  type: 'text' | 'email' | 'tel';
  inputmode?: 'decimal' | 'numeric';
  autocomplete?: string;
  autocapitalize?: 'characters' | 'none';
  spellcheck?: 'false';
  /** A width class (`wmebv-input--<width>`). */
  width?: 'postcode' | 'bsn' | 'kvk' | 'iban' | 'number';
}

/**
 * The kinds of text field, one line each: this line is a field type's whole component entry when it
 * is typed in a text input (`wmebv-form` renders every type without an element of its own here, and
 * the type check fails for a core type that has neither). All but `email` and `tel` are
 * `<input type="text">` set up for what is typed (GOV.UK: never `type="number"`, which drops leading
 * zeros, changes on scroll and rejects "3,5").
 */
const SETUP = {
  text: { type: 'text' },
  email: { type: 'email', autocapitalize: 'none', spellcheck: 'false' },
  tel: { type: 'tel' },
  /** A Dutch postcode: narrow, `postal-code`, capitals, no spellcheck. */
  postcode: { type: 'text', autocomplete: 'postal-code', autocapitalize: 'characters', spellcheck: 'false', width: 'postcode' },
  /** A numeric keyboard with a decimal separator. */
  number: { type: 'text', inputmode: 'decimal', spellcheck: 'false', width: 'number' },
  /** Burgerservicenummer (9 digits) and KvK-nummer (8): no suggestions of someone else's number. */
  bsn: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', width: 'bsn' },
  kvk: { type: 'text', inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', width: 'kvk' },
  /** Wide enough for a grouped Dutch IBAN. */
  iban: { type: 'text', autocapitalize: 'characters', spellcheck: 'false', width: 'iban' },
  /** A Dutch licence plate (`AB-12-CD`): capitals, no suggestions, narrow. */
  kenteken: { type: 'text', autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', width: 'kvk' },
} satisfies { [Type in InputFieldType]?: InputSetup };

/** The kinds of text field: the field types of core that are typed in a text input (`SETUP`). */
export type TextFieldType = keyof typeof SETUP;

/**
 * A one-line text question: a native `<input>` with a label, hint and error, in the light DOM.
 *
 * Not form-associated: the native input carries `name`, `value`, `required` and `autocomplete`,
 * so a surrounding `<form>` submits it as it would a plain input. No `maxlength` is ever set:
 * input is never cut off; length limits are checked by validation (core) and reported.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-text-field
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the label
 * @attr {string} autocomplete - autocomplete token; `postal-code` by default for `postcode`, `off` for `bsn` and `kvk`
 * @attr {TextFieldType} type - kind of input (default `text`): a field type of core typed in a text input (`text`, `email`, `postcode`, `kenteken` ...)
 * @attr {string} value - the initial value; `form.reset()` returns to it
 *
 * @prop {string} value - the current value of the input
 * @prop {string} defaultValue - the initial value (attribute `value`)
 * @prop {string} controlId - id of the input (error summary links to it)
 * @prop {LegalBasis | undefined} legalBasis - why a required field is required
 *
 * @fires input - the native input's event, bubbling from the inner `<input>` (target: the input)
 * @fires change - the native input's event, bubbling from the inner `<input>` (target: the input)
 *
 * @cssproperty --wmebv-input-border-color - border of the input
 * @cssproperty --wmebv-input-border-width - border width of the input
 * @cssproperty --wmebv-input-max-width - widest a text input gets
 * @cssproperty --wmebv-error-color - error message, error border and bar
 * @cssproperty --wmebv-focus-color - focus outline
 * @cssproperty --wmebv-secondary-text-color - hint text
 */
@customElement('wmebv-text-field')
export class WmebvTextField extends WmebvFieldElement<string> {
  static override lightStyles = [css];

  /** Kind of input. */
  @property() type: TextFieldType = 'text';

  /** The initial value (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** The input, made on the first render and kept (a node rather than a template: issue 16). */
  private input?: HTMLInputElement;

  private readonly sync = new ValueSync<string>(this, {
    read: () => this.input?.value,
    write: (text) => {
      if (!this.input) return false;
      if (this.input.value !== text) this.input.value = text;
      return true;
    },
    initial: () => this.defaultValue,
  });

  /** The current value of the input. */
  get value(): string {
    return this.sync.value;
  }

  set value(value: string) {
    this.sync.value = value == null ? '' : String(value);
  }

  protected override renderControl(): HTMLInputElement {
    const setup: InputSetup = SETUP[this.type] ?? SETUP.text;
    const autocomplete = this.autocomplete || setup.autocomplete || '';
    const describedBy = this.describedBy();
    const input = (this.input ??= this.ownerDocument.createElement('input'));
    writeAttributes(input, {
      class: `wmebv-input${setup.width ? ` wmebv-input--${setup.width}` : ''}`,
      id: this.controlId,
      type: setup.type,
      name: this.name || undefined,
      value: this.defaultValue,
      inputmode: setup.inputmode,
      autocomplete: autocomplete || undefined,
      autocapitalize: setup.autocapitalize,
      spellcheck: setup.spellcheck,
      required: this.required,
      disabled: this.disabled,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-describedby': describedBy === nothing ? undefined : describedBy,
    });
    return input;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-text-field': WmebvTextField;
  }
}
