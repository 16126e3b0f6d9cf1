import { nlForm, provideMessages } from '@wmebv/core';
import { html, nothing, type PropertyValues } from 'lit';
import { WmebvElement } from '../base/element.js';
import { customElement, property } from 'lit/decorators.js';
import { uniqueId } from '../util/unique-id.js';
import css from './error-summary.css?inline';
import { summaryLinks } from './summary-links.js';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { form: nlForm });

/** One problem in the summary: a link to the control (`#` + the field's `controlId`) and the message. */
export interface ErrorSummaryItem {
  href: string;
  message: string;
}

/** A field element the summary can move the user to (every `wmebv-*` field). */
interface FocusableField extends Element {
  focusControl(): void;
}

/**
 * The GOV.UK error summary: "Er is een probleem" and a link per error, in the order given, each to
 * the control it is about. The messages are the caller's: the same as shown at the fields.
 *
 * Renders nothing, and is `hidden`, while `errors` is empty (after `prepare()`: its heading and an
 * empty list, still `hidden`). `focus()` focuses the heading (the
 * caller does so after a failed "next" or "send", so screen readers read the problems first).
 * Following a link does not change the URL: the summary finds the control by id in its own root
 * (document or shadow root), and asks the field element that owns it to `focusControl()` (which
 * scrolls the question into view and focuses the control, never selecting a radio); a target
 * outside a field is focused as is.
 *
 * @element wmebv-error-summary
 *
 * @attr {string} heading - the heading; default "Er is een probleem" / "There is a problem"
 * @attr {string} locale - language of the default heading; defaults to the nearest `lang`
 * @attr {string} errors - JSON array of `{ href, message }`
 *
 * @prop {ErrorSummaryItem[]} errors - the problems, in the order of the fields on the page
 *
 * @cssproperty --wmebv-error-color - border and links
 * @cssproperty --wmebv-focus-color - focus style of the heading and links
 */
@customElement('wmebv-error-summary')
export class WmebvErrorSummary extends WmebvElement {
  static override lightStyles = [css];

  /** The problems: `href` is `#` + the control's id, `message` the same text as at the field. */
  @property({ type: Array }) errors: ErrorSummaryItem[] = [];

  /** The heading; empty gives the default "Er is een probleem". */
  @property() heading = '';

  /** Language of the default heading. */

  private readonly headingId = uniqueId('wmebv-error-summary');

  /** Whether the heading and the list render while there are no errors (`prepare()`). */
  private prepared = false;

  constructor() {
    super();
    // One listener for every link (a pass shows dozens), rather than one per link.
    this.addEventListener('click', this.onLinkClick);
  }

  /** Focuses the heading, once the latest errors are rendered. */
  override focus(options?: FocusOptions): void {
    const focusHeading = (): void => this.querySelector<HTMLElement>('.wmebv-error-summary__title')?.focus(options);
    if (this.isUpdatePending || !this.hasUpdated) void this.updateComplete.then(focusHeading);
    else focusHeading();
  }

  /**
   * Renders the heading and the empty list now, still `hidden`, so that the first errors given only
   * fill in the links: wmebv-form calls it while the page is idle after a render, and its next
   * validation pass shows the summary prepared (docs/decisions.md, D2 and D9).
   */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.hidden = this.errors.length === 0;
  }

  protected override render(): unknown {
    if (this.errors.length === 0 && !this.prepared) return nothing;
    const heading = this.heading || this.t('form.errorSummaryTitle');
    return html`<div class="wmebv-error-summary">
      <div role="alert">
        <h2 class="wmebv-error-summary__title" id=${this.headingId} tabindex="-1">${heading}</h2>
        <ul class="wmebv-error-summary__list" ${summaryLinks(this.errors)}></ul>
      </div>
    </div>`;
  }

  private onLinkClick = (event: MouseEvent): void => {
    const link = (event.target as Element).closest('.wmebv-error-summary__list a');
    if (!link || !this.contains(link)) return;
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      id = href.slice(1);
    }
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    if (!target) return;
    event.preventDefault();
    const field = owningField(target);
    if (field) {
      field.focusControl();
    } else {
      target.scrollIntoView({ block: 'center' });
      (target as HTMLElement).focus?.();
    }
  };
}

function owningField(element: Element): FocusableField | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.localName.startsWith('wmebv-') && typeof (node as Partial<FocusableField>).focusControl === 'function') {
      return node as FocusableField;
    }
  }
  return null;
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-error-summary': WmebvErrorSummary;
  }
}
