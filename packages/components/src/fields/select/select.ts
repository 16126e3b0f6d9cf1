import type { Option } from '@wmebv/core';
import { nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { ValueSync } from '../../base/value-sync.js';
import { fixedWord } from '../../util/fixed-words.js';
import { OptionList } from '../../util/option-list.js';
import css from './select.css?inline';

/**
 * A question with one answer out of a list: a native `<select>` with a label, hint and error, in the
 * light DOM. (GOV.UK advises radios for short lists; a select suits long ones, such as countries.)
 *
 * Not form-associated: the native select carries `name`, `required` and `autocomplete`, so a
 * surrounding `<form>` submits the chosen value as it would a plain select.
 *
 * The first choice is always an empty one (value `""`), so nothing is ever chosen by default:
 * an optional select shows it as "Geen antwoord" (a visible way back to no answer); a required one
 * as "Kies een antwoord", which only stands in for "nothing chosen yet" (native `required` then
 * blocks a plain form until a real answer is chosen).
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-select
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the label
 * @attr {string} autocomplete - autocomplete token for the select (`country`, `country-name` …)
 * @attr {string} options - JSON array of `{ value, label }`
 * @attr {string} value - the initially chosen value; `form.reset()` returns to it
 *
 * @prop {Option[]} options - the answers: `{ value, label }`, label a plain string (or localized map)
 * @prop {string} value - the chosen value, `''` when none is chosen
 * @prop {string} defaultValue - the initially chosen value (attribute `value`)
 * @prop {string} controlId - id of the select (error summary links to it)
 * @prop {LegalBasis | undefined} legalBasis - why a required field is required
 *
 * @fires input - the native select's event, bubbling (target: the select)
 * @fires change - the native select's event, bubbling (target: the select)
 *
 * @cssproperty --wmebv-input-border-color - border of the select
 * @cssproperty --wmebv-input-border-width - border width of the select
 * @cssproperty --wmebv-input-max-width - widest the select gets
 * @cssproperty --wmebv-error-color - error message, error border and bar
 * @cssproperty --wmebv-focus-color - focus outline
 */
@customElement('wmebv-select')
export class WmebvSelect extends WmebvFieldElement<string> {
  static override lightStyles = [css];

  /** The answers to choose from. */
  @property({ type: Array }) options: Option[] = [];

  /** The initially chosen value (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** The select and its empty choice, made on the first render and kept (issue 16). */
  private kept?: { select: HTMLSelectElement; empty: HTMLOptionElement; text: Text };
  private readonly optionList = new OptionList();

  private get select(): HTMLSelectElement | undefined {
    return this.kept?.select;
  }

  /** A value set while its option does not exist yet stays pending until it does. */
  private readonly sync = new ValueSync<string>(this, {
    read: () => this.select?.value,
    write: (wanted) => {
      if (this.select?.value === wanted) return true; // already chosen (the empty choice of a new field)
      const option = [...(this.select?.options ?? [])].find((candidate) => candidate.value === wanted);
      if (option) option.selected = true;
      return Boolean(option);
    },
    initial: () => this.defaultValue,
  });

  /** The chosen value; `''` when none is chosen. */
  get value(): string {
    return this.sync.value;
  }

  set value(value: string) {
    this.sync.value = value == null ? '' : String(value);
  }

  protected override renderControl(): HTMLSelectElement {
    const chosen = this.options.some((option) => option.value === this.defaultValue);
    const { select, empty, text } = (this.kept ??= this.makeSelect());
    const describedBy = this.describedBy();
    writeAttributes(select, {
      id: this.controlId,
      name: this.name || undefined,
      autocomplete: this.autocomplete || undefined,
      required: this.required,
      disabled: this.disabled,
      'aria-invalid': this.invalid ? 'true' : 'false',
      'aria-describedby': describedBy === nothing ? undefined : describedBy,
    });
    writeAttributes(empty, { selected: !chosen });
    const word = fixedWord(this.resolvedLocale, this.required ? 'field.selectPlaceholder' : 'field.selectNone');
    if (text.data !== word) text.data = word;
    this.optionList.write(select, empty, this.options, this.defaultValue, this.resolvedLocale);
    return select;
  }

  private makeSelect(): NonNullable<WmebvSelect['kept']> {
    const document = this.ownerDocument;
    const select = document.createElement('select');
    select.className = 'wmebv-input wmebv-select';
    select.addEventListener('change', this.onChange);
    const empty = select.appendChild(document.createElement('option'));
    empty.value = '';
    return { select, empty, text: empty.appendChild(document.createTextNode('')) };
  }

  /** A choice the user made wins over a value set earlier that matched no option. */
  private onChange = (): void => this.sync.userChose();
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-select': WmebvSelect;
  }
}
