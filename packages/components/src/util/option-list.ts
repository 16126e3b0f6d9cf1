import { localize, type Option } from '@wmebv/core';
import { placeNodes } from './place-nodes.js';

/**
 * A `<select>`'s `<option>`s from a list of `{ value, label }`, as `repeat` keyed by value would
 * render them (`<option value>label</option>`, `selected` on the one that is `selected`), written as
 * plain elements rather than a template instance and two marker comments each: a long form renders
 * hundreds of options on its first render (issue 16). Options keep their element, and so the user's
 * choice, when the list, its language or the initially selected value change; the same list again
 * changes nothing. `write` puts them into `parent` (a kept `<select>`) after `start`.
 */
export class OptionList {
  private last?: { options: readonly Option[]; selected: string; locale: string };
  private nodes: HTMLOptionElement[] = [];

  write(parent: HTMLElement, start: Node, options: readonly Option[], selected: string, locale: string): void {
    const last = this.last;
    if (last && last.options === options && last.selected === selected && last.locale === locale) return;
    this.last = { options, selected, locale };
    const byValue = new Map(this.nodes.map((node) => [node.value, node]));
    const nodes = options.map((option) => {
      let node = byValue.get(option.value);
      if (node) byValue.delete(option.value);
      else {
        node = parent.ownerDocument!.createElement('option');
        node.value = option.value;
      }
      const label = localize(option.label, locale);
      if (node.textContent !== label) node.textContent = label;
      const chosen = option.value === selected;
      if (node.hasAttribute('selected') !== chosen) node.toggleAttribute('selected', chosen);
      return node;
    });
    for (const gone of byValue.values()) gone.remove();
    placeNodes(parent, start, null, nodes, this.nodes.length === 0);
    this.nodes = nodes;
  }
}
