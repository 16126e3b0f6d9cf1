import { localize, type Option } from '@wmebv/core';
import { customElement, property } from 'lit/decorators.js';
import { WmebvFieldElement } from '../../base/field-element.js';
import { writeAttributes } from '../../base/kept-element.js';
import { ValueSync } from '../../base/value-sync.js';
import { placeNodes } from '../../util/place-nodes.js';
import { createCheckboxRow, type CheckboxRow } from '../checkbox/checkbox-row.js';
import css from '../checkbox/checkbox.css?inline';

/** The `value` attribute: a JSON array (`["a","b"]`) or a comma-separated list (`a,b`). */
const listConverter = {
  fromAttribute: (value: string | null): string[] => {
    const text = (value ?? '').trim();
    if (!text) return [];
    if (text.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(text);
        if (Array.isArray(parsed)) return parsed.map(String);
      } catch {
        // Not JSON after all: read it as a list.
      }
    }
    return text
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
  },
  toAttribute: (value: string[]): string => JSON.stringify(value),
};

/**
 * A question with any number of answers out of a few: native checkboxes in a `<fieldset>` whose
 * `<legend>` is the question (with "(niet verplicht)" when optional), in the light DOM.
 *
 * Not form-associated: every checkbox carries `name` and its option's `value`, so a surrounding
 * `<form>` submits one entry per ticked box, as plain checkboxes do. The checkboxes never get
 * native `required` (that would demand every box be ticked); a required group is one whose legend
 * has no "(niet verplicht)", and whoever validates reports "nothing ticked".
 *
 * `controlId` is the first checkbox: the error summary links to it, and `focusControl()` focuses
 * it without ticking it.
 *
 * Inherits from `WmebvFieldElement`, documented there once: the attributes `name`, `label`, `hint`,
 * `required`, `disabled`, `error`, `legal-basis`, `autocomplete`, `locale`; `answer`, `controlId`,
 * `focusControl()`; the `wmebv-answer` event.
 *
 * @element wmebv-checkbox-group
 *
 * @attr {boolean} required - at least one must be ticked; otherwise "(niet verplicht)" follows the legend
 * @attr {string} options - JSON array of `{ value, label }`
 * @attr {string} value - the initially ticked values, a JSON array or comma-separated; `form.reset()` returns to them
 *
 * @prop {Option[]} options - the answers: `{ value, label }`, label a plain string (or localized map)
 * @prop {string[]} value - the ticked values, in the order of the options
 * @prop {string[]} defaultValue - the initially ticked values (attribute `value`)
 * @prop {string} controlId - id of the first checkbox
 *
 * @fires input - the native checkbox's event, bubbling (target: the checkbox)
 * @fires change - the native checkbox's event, bubbling (target: the checkbox)
 *
 * @cssproperty --wmebv-accent-color - the tick and the box when ticked
 * @cssproperty --wmebv-error-color - error message, outlines and bar
 * @cssproperty --wmebv-focus-color - focus ring
 * @cssproperty --wmebv-target-size - minimum height of a row
 */
@customElement('wmebv-checkbox-group')
export class WmebvCheckboxGroup extends WmebvFieldElement<string[]> {
  static override lightStyles = [css];

  /** The answers to choose from. */
  @property({ type: Array }) options: Option[] = [];

  /** The initially ticked values (the `value` attribute), restored by `form.reset()`. */
  @property({ attribute: 'value', converter: listConverter }) defaultValue: string[] = [];

  /** Ticks exactly the boxes of a set value; keeps it pending while some have no box yet. */
  private readonly sync = new ValueSync<string[]>(this, {
    read: () =>
      this.rendered
        ? this.checkboxes()
            .filter((box) => box.checked)
            .map((box) => box.value)
        : undefined,
    write: (wanted) => {
      if (!this.rendered) return false;
      const boxes = this.checkboxes();
      for (const box of boxes) box.checked = wanted.includes(box.value);
      return wanted.every((value) => boxes.some((box) => box.value === value));
    },
    initial: () => [...this.defaultValue],
  });

  /** The ticked values, in the order of the options. */
  get value(): string[] {
    return [...this.sync.value];
  }

  set value(value: readonly string[] | string | null | undefined) {
    this.sync.value = value == null ? [] : typeof value === 'string' ? listConverter.fromAttribute(value) : [...value].map(String);
  }

  override get controlId(): string {
    return `${this.fieldId}-option-0`;
  }

  protected override get isGroup(): boolean {
    return true;
  }

  /** `<div class="wmebv-checkboxes">`, made on the first render and kept (issue 16). */
  private boxesNode?: HTMLDivElement;

  /** Each option's row, kept by its value: a box keeps its element, and so the user's tick, when the list changes. */
  private rows = new Map<string, CheckboxRow>();

  /**
   * The boxes as kept elements, as a template per option keyed by value would render them:
   * `<div class="wmebv-checkboxes"><div class="wmebv-checkbox"><input class="wmebv-checkbox__input"
   * type="checkbox" id name value checked disabled aria-invalid><label class="wmebv-checkbox__label"
   * for>label</label></div>…</div>`; only what changed is written.
   */
  protected override renderControl(): HTMLDivElement {
    const document = this.ownerDocument;
    let boxes = this.boxesNode;
    if (!boxes) {
      boxes = this.boxesNode = document.createElement('div');
      boxes.className = 'wmebv-checkboxes';
      boxes.addEventListener('change', this.onChange);
    }
    const previous = this.rows;
    this.rows = new Map();
    const order = this.options.map((option, index) => {
      const row = previous.get(option.value) ?? createCheckboxRow(document, 'wmebv-checkbox__label');
      previous.delete(option.value);
      this.rows.set(option.value, row);
      const id = `${this.fieldId}-option-${index}`;
      writeAttributes(row.input, {
        id,
        name: this.name || undefined,
        value: option.value,
        checked: this.defaultValue.includes(option.value),
        disabled: this.disabled,
        'aria-invalid': this.invalid ? 'true' : 'false',
      });
      writeAttributes(row.label, { for: id });
      const text = localize(option.label, this.resolvedLocale);
      if (row.text.data !== text) row.text.data = text;
      return row.row;
    });
    for (const gone of previous.values()) gone.row.remove();
    placeNodes(boxes, null, null, order, !boxes.firstChild);
    return boxes;
  }

  /** A box the user ticked wins over a value set earlier that was waiting for its options. */
  private onChange = (): void => this.sync.userChose();

  /** Whether the boxes are in the DOM (controllers hear of the first update before `hasUpdated`). */
  private get rendered(): boolean {
    return this.querySelector(':scope .wmebv-checkboxes') !== null;
  }

  private checkboxes(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('input.wmebv-checkbox__input')];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-checkbox-group': WmebvCheckboxGroup;
  }
}
