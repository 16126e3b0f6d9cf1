import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FormSession } from './session-store.js';

/**
 * Whether a page that comes back from the back/forward cache shows what its session no longer
 * holds, and so must take the session up again (issue 15 item 13). A frozen page keeps its answers
 * in memory; meanwhile a send or "Wis mijn gegevens" (in this document, or in a later one of the
 * same tab, e.g. after the language switch) removed them from `sessionStorage`. Shown again, such
 * a page would put wiped answers back on a shared screen, or offer a sent message for sending again.
 *
 * Stale: the stored receipt is not the one shown (sent elsewhere, or wiped), or no receipt and no
 * answers are stored (wiped or sent). Storage that cannot be read says nothing: the page stays.
 *
 * @param shownReference - the reference of the receipt the page shows; undefined on the form's steps
 */
export function staleAfterRestore(session: FormSession, shownReference: string | undefined): boolean {
  if (!session.readable()) return false;
  const storedReference = session.loadReceipt()?.receipt.reference;
  if (storedReference !== shownReference) return true;
  return shownReference === undefined && session.loadProgress() === undefined;
}

/**
 * Calls `onRestored` when the page is shown again from the back/forward cache (`pageshow` with
 * `persisted`; a normal load or a reload starts the page afresh and needs nothing).
 */
export class PageRestore implements ReactiveController {
  private readonly listener = (event: PageTransitionEvent): void => {
    if (event.persisted) this.onRestored();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly onRestored: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pageshow', this.listener);
  }

  hostDisconnected(): void {
    window.removeEventListener('pageshow', this.listener);
  }
}
