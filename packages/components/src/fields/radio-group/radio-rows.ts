import { localize, type Option } from '@wmebv/core';
import { nothing, render } from 'lit';
import { writeAttributes } from '../../base/kept-element.js';
import { placeNodes } from '../../util/place-nodes.js';
import type { RevealedQuestions } from './radio-group.js';

/** What every row of one group shares. */
export interface RadioRowsState {
  /** Prefix of the rows' ids (`<fieldId>-option-<index>`, `<fieldId>-revealed-<index>`). */
  fieldId: string;
  name: string;
  /** The initially checked value (the `checked` attribute). */
  defaultValue: string;
  required: boolean;
  disabled: boolean;
  invalid: boolean;
  locale: string;
  revealed: Record<string, RevealedQuestions>;
  /** The group element: `this` of event listeners in revealed questions. */
  host: object;
}

/** One option's kept nodes. */
interface Row {
  row: HTMLDivElement;
  input: HTMLInputElement;
  label: HTMLLabelElement;
  text: Text;
  revealed?: HTMLDivElement;
}

/**
 * A radio group's rows, as a template per option keyed by value would render them:
 * `<div class="wmebv-radio"><input class="wmebv-radio__input" type="radio" …><label
 * class="wmebv-radio__label" for>label</label></div>`, then for an option that reveals questions
 * `<div class="wmebv-radio__revealed" id hidden>questions</div>` (the questions rendered with Lit).
 * Written as kept elements rather than a template instance with eleven parts each: a long form
 * renders hundreds of options on its first render (issue 16). A row keeps its elements, and so the
 * user's choice, when the list or the state changes; only what changed is written. `write` makes
 * them the children of `parent` (the group's kept `<div class="wmebv-radios">`).
 */
export class RadioRows {
  private rows = new Map<string, Row>();
  private order: Row[] = [];

  write(parent: HTMLElement, options: readonly Option[], state: RadioRowsState): void {
    const document = parent.ownerDocument;
    const previous = this.rows;
    this.rows = new Map();
    const order = options.map((option, index) => {
      let row = previous.get(option.value);
      if (row) previous.delete(option.value);
      else row = createRow(document, option.value);
      this.rows.set(option.value, row);
      writeRow(row, option, index, state, document);
      return row;
    });
    for (const gone of previous.values()) {
      gone.row.remove();
      gone.revealed?.remove();
    }
    const nodes = order.flatMap((row) => (row.revealed ? [row.row, row.revealed] : [row.row]));
    placeNodes(parent, null, null, nodes, this.order.length === 0);
    this.order = order;
  }
}

function createRow(document: Document, value: string): Row {
  const row = document.createElement('div');
  row.className = 'wmebv-radio';
  const input = row.appendChild(document.createElement('input'));
  input.className = 'wmebv-radio__input';
  input.type = 'radio';
  input.value = value;
  const label = row.appendChild(document.createElement('label'));
  label.className = 'wmebv-radio__label';
  const text = label.appendChild(document.createTextNode(''));
  return { row, input, label, text };
}

function writeRow(row: Row, option: Option, index: number, state: RadioRowsState, document: Document): void {
  const id = `${state.fieldId}-option-${index}`;
  const revealed = state.revealed[option.value];
  const revealedId = `${state.fieldId}-revealed-${index}`;
  writeAttributes(row.input, {
    id,
    name: state.name,
    checked: option.value === state.defaultValue,
    required: state.required,
    disabled: state.disabled,
    'aria-invalid': state.invalid ? 'true' : 'false',
    'aria-controls': revealed ? revealedId : undefined,
  });
  writeAttributes(row.label, { for: id });
  const text = localize(option.label, state.locale);
  if (row.text.data !== text) row.text.data = text;
  if (revealed) {
    if (!row.revealed) {
      row.revealed = document.createElement('div');
      row.revealed.className = 'wmebv-radio__revealed';
    }
    writeAttributes(row.revealed, { id: revealedId, hidden: !revealed.shown });
    render(revealed.shown ? revealed.content : nothing, row.revealed, { host: state.host });
  } else if (row.revealed) {
    render(nothing, row.revealed);
    row.revealed.remove();
    row.revealed = undefined;
  }
}
