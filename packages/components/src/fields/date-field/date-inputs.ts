import { writeAttributes } from '../../base/kept-element.js';
import { DATE_PART_ORDER, type DatePart } from './date-parts.js';

/** What one part's label and input show on a render. */
export interface DatePartView {
  id: string;
  label: string;
  /** `bday-day` … for `autocomplete="bday"`, else none. */
  autocomplete: string | undefined;
  invalid: boolean;
  /** The part's text; written only when the input shows another (Lit's `live`). */
  value: string;
}

/**
 * The three parts of a date input as nodes made once per field and kept (`<div
 * class="wmebv-date-field__parts">`, per part a `<div class="wmebv-date-field__part">` with its
 * `<label for>` and `<input>`), each attribute written only when it changed: the same DOM as a
 * template, without the ten parts per input and the marker comments each instance costs a long
 * form's first render (issue 16). `onInput` and `onChange` hear the inputs' native events.
 */
export class DateInputs {
  private root?: HTMLDivElement;
  private readonly rows = new Map<DatePart, { label: HTMLLabelElement; text: Text; input: HTMLInputElement }>();

  constructor(
    private readonly host: Element,
    private readonly onInput: (event: Event, part: DatePart) => void,
    private readonly onChange: (event: Event) => void,
  ) {}

  render(parts: Record<DatePart, DatePartView>, required: boolean, disabled: boolean): HTMLDivElement {
    const root = (this.root ??= this.build());
    for (const part of DATE_PART_ORDER) {
      const { label, text, input } = this.rows.get(part)!;
      const view = parts[part];
      if (label.htmlFor !== view.id) label.htmlFor = view.id;
      if (text.data !== view.label) text.data = view.label;
      writeAttributes(input, { id: view.id, autocomplete: view.autocomplete, required, disabled, 'aria-invalid': view.invalid ? 'true' : 'false' });
      if (input.value !== view.value) input.value = view.value;
    }
    return root;
  }

  private build(): HTMLDivElement {
    const document = this.host.ownerDocument;
    const root = document.createElement('div');
    root.className = 'wmebv-date-field__parts';
    for (const part of DATE_PART_ORDER) {
      const row = root.appendChild(document.createElement('div'));
      row.className = 'wmebv-date-field__part';
      const label = row.appendChild(document.createElement('label'));
      label.className = 'wmebv-date-field__label';
      const text = label.appendChild(document.createTextNode(''));
      const input = row.appendChild(document.createElement('input'));
      input.className = `wmebv-input wmebv-date-field__input wmebv-date-field__input--${part}`;
      writeAttributes(input, { type: 'text', inputmode: 'numeric', spellcheck: 'false' });
      input.addEventListener('input', (event) => this.onInput(event, part));
      input.addEventListener('change', this.onChange);
      this.rows.set(part, { label, text, input });
    }
    return root;
  }
}
