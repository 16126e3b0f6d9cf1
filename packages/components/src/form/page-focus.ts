import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes after the next render. */
export type FocusTarget = 'heading' | 'problem' | 'receipt' | 'clear-question' | 'clear-button' | { field: string } | { change: string };

/** A field or declaration element of the form. */
export type ControlElement = HTMLElement & { focusControl(): void; controlId: string };

/** A field or declaration element of the form, by its definition id. */
export function controlOf(root: ParentNode, id: string, kind: 'field' | 'declaration'): ControlElement | null {
  return root.querySelector(`[data-${kind}-id="${CSS.escape(id)}"]`);
}

/**
 * The page's title and focus as a form moves (WCAG 2.2 SC 2.4.2, 2.4.3, 3.3.1): after every render
 * `document.title` names the page (restored when the form leaves the page); after a move, focus goes
 * to the new step's heading, the error summary or the send failure's notice, a field, a "Wijzig"
 * button, the receipt, or the "Wis mijn gegevens" question or button, once the children have rendered too.
 */
export class PageFocus implements ReactiveController {
  private pending?: FocusTarget;
  private originalTitle?: string;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly title: () => string | undefined,
  ) {
    host.addController(this);
  }

  /** Focus `target` after the next render. */
  after(target: FocusTarget): void {
    this.pending = target;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.originalTitle ??= document.title;
  }

  hostDisconnected(): void {
    if (this.originalTitle !== undefined) document.title = this.originalTitle;
  }

  /** The title, and focus on `target`, now: after a validation pass written in place, without a render (D7). */
  now(target: FocusTarget): void {
    this.writeTitle();
    this.move(target);
  }

  hostUpdated(): void {
    this.writeTitle();
    const target = this.pending;
    if (!target) return;
    this.pending = undefined;
    // Children (fields, summary, receipt) render in their own update; the host's `updateComplete`
    // waits for them (wmebv-form's `getUpdateComplete`, `settleChildren`).
    void this.host.updateComplete.then(() => this.move(target));
  }

  private writeTitle(): void {
    const title = this.title();
    // Writing the same title again still replaces the <title>'s text (a DOM change on every render).
    if (title !== undefined && document.title !== title) document.title = title;
  }

  private move(target: FocusTarget): void {
    const root = this.host;
    if (target === 'heading') root.querySelector<HTMLElement>('.wmebv-form__step-heading')?.focus();
    else if (target === 'receipt') root.querySelector('wmebv-receipt')?.focus();
    else if (target === 'clear-question') root.querySelector<HTMLElement>('.wmebv-form__clear-heading')?.focus();
    else if (target === 'clear-button') root.querySelector<HTMLElement>('.wmebv-form__clear button')?.focus();
    else if (target === 'problem')
      (root.querySelector<HTMLElement>('.wmebv-form__notice-heading') ?? root.querySelector('wmebv-error-summary'))?.focus();
    else if ('change' in target) root.querySelector('wmebv-review')?.focusChange(target.change);
    else controlOf(root, target.field, 'field')?.focusControl();
  }
}
