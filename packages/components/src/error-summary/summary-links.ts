import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/** A row's link and text (the summary's `ErrorSummaryItem`). */
interface Item {
  href: string;
  message: string;
}

/** A kept `<li><a href>message</a></li>`. */
interface Row {
  li: HTMLLIElement;
  a: HTMLAnchorElement;
  message: Text;
}

/**
 * The summary's rows, `<li><a href="#id">message</a></li>` each, written into the `<ul>` from its
 * element position (`<ul ${summaryLinks(errors)}>`): one pass over the list that makes a kept row
 * per new entry (two elements and a text, no template instance, no marker comments) and writes a
 * new `href` or message into the row that shows it. A validation pass of a long form shows dozens
 * of them at once (issue 16). Clicks are heard once, on the list (`closest('a')`).
 */
class SummaryLinks extends Directive {
  private readonly rows: Row[] = [];

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('summaryLinks() belongs in an element position: <ul ${summaryLinks(...)}>');
  }

  render(_items: readonly Item[]): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [items]: [readonly Item[]]): typeof nothing {
    const list = part.element;
    const document = list.ownerDocument;
    const rows = this.rows;
    for (const [index, { href, message }] of items.entries()) {
      let row = rows[index];
      if (!row) {
        const li = document.createElement('li');
        const a = li.appendChild(document.createElement('a'));
        row = rows[index] = { li, a, message: a.appendChild(document.createTextNode('')) };
      }
      if (row.a.getAttribute('href') !== href) row.a.setAttribute('href', href);
      if (row.message.data !== message) row.message.data = message;
      if (row.li.parentNode !== list) list.append(row.li);
    }
    for (const { li } of rows.splice(items.length)) li.remove();
    return nothing;
  }
}

export const summaryLinks = directive(SummaryLinks);
