import type { FormDefinition } from '@wmebv/core';
import type { ReactiveControllerHost } from 'lit';
import type { LazyParts } from './lazy-parts.js';
import type { ProgressController } from './progress-controller.js';
import { renderLoadFailure, type FormContext } from './views/index.js';

/**
 * What `wmebv-form` shows instead of its page when something the page needs did not load (offline,
 * or a deploy removed the old chunk files): a part of the page (lazy-parts.ts), or the reading of
 * a saved session (answers or a receipt, progress-controller.ts), whose page would otherwise start
 * empty, inviting the citizen to fill in again or even send twice. The notice has
 * "Probeer opnieuw"; a press that fails again is said anew (views/notices.ts) with focus left on the
 * button, and once everything arrived focus moves to what the page shows then (`onLoaded`), never
 * left on `<body>` when the button goes (WCAG 2.2 SC 2.4.3, 4.1.3).
 */
export class LoadFailure {
  /** Presses of "Probeer opnieuw" that did not bring the part, since the notice appeared. */
  private failedRetries = 0;
  private retrying = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly parts: LazyParts,
    private readonly progress: ProgressController,
    /** Called once a retry brought everything: the host moves focus to its page. */
    private readonly onLoaded: () => void,
  ) {}

  /** The notice instead of the page; undefined when nothing failed (the page shows). */
  render(context: FormContext): unknown {
    const what = this.progress.unread ? 'session' : this.parts.failed ? 'part' : undefined;
    if (!what) {
      this.failedRetries = 0; // a later failure starts its count anew
      return undefined;
    }
    return renderLoadFailure(context, { what, failedRetries: this.failedRetries, onRetry: () => void this.retry(context.form) });
  }

  /** "Probeer opnieuw": a press while one is under way does nothing (it would count one failure twice). */
  private async retry(form: FormDefinition): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    const loaded = await Promise.all([this.parts.retry(), this.progress.readAgain(form)]);
    this.retrying = false;
    if (loaded.every(Boolean)) return this.onLoaded();
    this.failedRetries++;
    this.host.requestUpdate();
  }
}
