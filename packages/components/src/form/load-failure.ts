import type { ReactiveControllerHost } from 'lit';
import type { LazyParts } from './lazy-parts.js';
import { renderPartFailure, type FormContext } from './views/index.js';

/**
 * What `wmebv-form` shows instead of its page when something the page needs did not load (offline,
 * or a deploy removed the old chunk files): a part of the page (lazy-parts.ts). The notice has
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
    /** Called once a retry brought everything: the host moves focus to its page. */
    private readonly onLoaded: () => void,
  ) {}

  /** The notice instead of the page; undefined when nothing failed (the page shows). */
  render(context: FormContext): unknown {
    if (!this.parts.failed) {
      this.failedRetries = 0; // a later failure starts its count anew
      return undefined;
    }
    return renderPartFailure(context, this.failedRetries, () => void this.retry());
  }

  /** "Probeer opnieuw": a press while one is under way does nothing (it would count one failure twice). */
  private async retry(): Promise<void> {
    if (this.retrying) return;
    this.retrying = true;
    const loaded = await this.parts.retry();
    this.retrying = false;
    if (loaded) return this.onLoaded();
    this.failedRetries++;
    this.host.requestUpdate();
  }
}
