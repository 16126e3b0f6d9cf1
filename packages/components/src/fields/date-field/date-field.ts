import type { MessageKey } from '@wmebv/core';
import type { PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { WmebvFormAssociatedFieldElement } from '../../base/form-associated-field-element.js';
import { fixedWord } from '../../util/fixed-words.js';
import css from './date-field.css?inline';
import { DateInputs, type DatePartView } from './date-inputs.js';
import { DATE_PART_ORDER, EMPTY_DATE, joinDate, splitDate, wrongDateParts, type DatePart, type DateParts } from './date-parts.js';

const PART_LABEL_KEYS: Record<DatePart, MessageKey> = {
  day: 'field.dateDay',
  month: 'field.dateMonth',
  year: 'field.dateYear',
};

/**
 * A date question as three inputs, Dag / Maand / Jaar (the GOV.UK date input), inside a
 * `<fieldset>` whose `<legend>` is the question.
 *
 * Form-associated: the element submits its `value` under its `name`; the three inner inputs have no
 * `name`. The value is `''` when all parts are empty, else `YYYY-MM-DD` from the parts as typed (see
 * `joinDate`): a partial or impossible date stays as typed (`2026-04-31`, `2026-04-`) for core's
 * validation to reject, and is never lost. Setting `value` fills the parts.
 *
 * With `error` set, the wrong parts (day over the days in the month, month over 12, year not four
 * digits, empty parts) get `aria-invalid` and `controlId`/`focusControl()` point at the first of
 * them; otherwise at the day input. Which parts are wrong is decided when the error is set (the
 * last validation; also on the form's submit and when the page sets `value`) and kept while the
 * user corrects them: typing never turns other parts red (GOV.UK date input; issue 15 item 5).
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-date-field
 *
 * @attr {boolean} required - mandatory; otherwise "(niet verplicht)" follows the legend
 * @attr {string} autocomplete - `bday` gives the parts `bday-day`, `bday-month`, `bday-year`; nothing else is used
 * @attr {string} value - the initial value (`YYYY-MM-DD`); `form.reset()` returns to it
 *
 * @prop {string} value - the current value: `''` or `YYYY-MM-DD` from the parts as typed
 * @prop {string} defaultValue - the initial value (attribute `value`)
 * @prop {string} controlId - id of the first wrong part when `error` is set, else of the day input
 * @prop {HTMLFormElement | null} form - the form the element belongs to
 *
 * @fires input - from the element itself (target: the element) when any part is typed in
 * @fires change - from the element itself (target: the element) when a part is changed and left
 *
 * @cssproperty --wmebv-input-border-color - border of the inputs
 * @cssproperty --wmebv-error-color - error message, error borders and bar
 * @cssproperty --wmebv-focus-color - focus outline
 */
@customElement('wmebv-date-field')
export class WmebvDateField extends WmebvFormAssociatedFieldElement<string> {
  static override lightStyles = [css];

  /** The initial value (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value' }) defaultValue = '';

  /** What the user typed, part by part: the single source of the value. */
  @state() private parts: DateParts = { ...EMPTY_DATE };

  /**
   * The parts marked wrong as of the last validation (when `error` was set); empty without an error.
   * Derived in willUpdate, which `showError` runs outside an update too: no reactive state.
   */
  private invalidParts: readonly DatePart[] = [];

  /** Set on the form's submit or a new `value` from the page: the next update re-decides the wrong parts even if `error` is unchanged. */
  private revalidated = false;

  /** Set once the value was typed or set, after which `defaultValue` no longer fills the parts. */
  private dirty = false;

  /** The three labelled inputs, kept (date-inputs.ts). */
  private readonly inputs = new DateInputs(
    this,
    (event, part) => this.onPartInput(event, part),
    (event) => this.onPartChange(event),
  );

  /** The current value: `''`, or `YYYY-MM-DD` from the parts as typed. */
  get value(): string {
    return joinDate(this.parts);
  }

  set value(value: string) {
    const text = value == null ? '' : String(value);
    this.dirty = true;
    // Writing back the value just read must not rewrite what the user is typing ("5" → "05").
    if (text === this.value) return;
    this.setParts(splitDate(text));
    // Set by the page, not typed: the standing error is about this date now.
    this.revalidated = true;
  }

  override get controlId(): string {
    const first = this.invalid ? this.invalidParts[0] : undefined;
    return this.partId(first ?? 'day');
  }

  protected override get isGroup(): boolean {
    return true;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.internals.form?.addEventListener('submit', this.onFormSubmit, { capture: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.internals.form?.removeEventListener('submit', this.onFormSubmit, { capture: true });
  }

  /** A new validation may give the same message for other parts: decide again on the next update. */
  private onFormSubmit = (): void => {
    this.revalidated = true;
    this.requestUpdate();
  };

  formResetCallback(): void {
    this.dirty = false;
    this.setParts(splitDate(this.defaultValue));
    // The inner inputs are reset by the same form.reset(): render again even if the parts did not change.
    this.requestUpdate();
  }

  formStateRestoreCallback(state: File | string | FormData | null): void {
    if (typeof state === 'string') this.setParts(splitDate(state));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('defaultValue') && !this.dirty) this.setParts(splitDate(this.defaultValue));
    if (changed.has('error') || this.revalidated) {
      this.revalidated = false;
      const wrong = this.invalid ? wrongDateParts(this.parts) : [];
      // An error that no single part explains (all parts look right): mark them all.
      this.invalidParts = this.invalid && wrong.length === 0 ? DATE_PART_ORDER : wrong;
    }
  }

  protected override renderControl(): HTMLDivElement {
    const views = {} as Record<DatePart, DatePartView>;
    for (const part of DATE_PART_ORDER) {
      views[part] = {
        id: this.partId(part),
        label: fixedWord(this.resolvedLocale, PART_LABEL_KEYS[part]),
        autocomplete: this.autocomplete === 'bday' ? `bday-${part}` : undefined,
        invalid: this.invalid && this.invalidParts.includes(part),
        value: this.parts[part],
      };
    }
    return this.inputs.render(views, this.required, this.controlsDisabled);
  }

  private partId(part: DatePart): string {
    return `${this.fieldId}-${part}`;
  }

  private setParts(parts: DateParts): void {
    this.parts = parts;
    this.internals.setFormValue(this.value, this.value);
  }

  private onPartInput(event: Event, part: DatePart): void {
    // The element's own event replaces the inner input's: listeners see one `input`, from the
    // element, whose `value` is the whole date.
    event.stopPropagation();
    this.dirty = true;
    this.setParts({ ...this.parts, [part]: (event.target as HTMLInputElement).value });
    this.emit('input');
  }

  private onPartChange = (event: Event): void => {
    event.stopPropagation();
    this.emit('change');
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-date-field': WmebvDateField;
  }
}
