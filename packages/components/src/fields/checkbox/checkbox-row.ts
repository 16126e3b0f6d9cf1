/** A checkbox's kept elements: the row, the box, its label and the label's text node. */
export interface CheckboxRow {
  row: HTMLDivElement;
  input: HTMLInputElement;
  label: HTMLLabelElement;
  text: Text;
}

/**
 * `<div class="wmebv-checkbox"><input class="wmebv-checkbox__input" type="checkbox"><label
 * class="labelClass">text</label></div>`, made once and kept by a single checkbox and by each
 * option of a checkbox group; the rest (ids, name, state, the text) is written per render.
 */
export function createCheckboxRow(document: Document, labelClass: string): CheckboxRow {
  const row = document.createElement('div');
  row.className = 'wmebv-checkbox';
  const input = row.appendChild(document.createElement('input'));
  input.className = 'wmebv-checkbox__input';
  input.type = 'checkbox';
  const label = row.appendChild(document.createElement('label'));
  label.className = labelClass;
  return { row, input, label, text: label.appendChild(document.createTextNode('')) };
}
