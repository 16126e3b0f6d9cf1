import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PageFocus } from './page-focus.js';

/**
 * "Wis mijn gegevens" (issue 15 item 7): first the page asks whether to (focus on the question;
 * back to the button on "Nee" or Escape), then `clear` deletes and the status region says so once,
 * until the next move. The views render what `layout` says (`views/layout.ts`).
 */
export class ClearRequest implements ReactiveController {
  /** The question whether to clear is shown. */
  private confirming = false;
  /** The data was cleared: said once in the status region. */
  cleared = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly focus: PageFocus,
    private readonly clear: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** What the layout shows and does. */
  get layout(): { cleared: boolean; confirmingClear: boolean; onClear: () => void; onCancelClear: () => void; onConfirmClear: () => void } {
    return {
      cleared: this.cleared,
      confirmingClear: this.confirming,
      onClear: () => this.ask(true),
      onCancelClear: () => this.ask(false),
      onConfirmClear: () => this.confirm(),
    };
  }

  private ask(asking: boolean): void {
    this.confirming = asking;
    this.focus.after(asking ? 'clear-question' : 'clear-button');
  }

  private confirm(): void {
    this.clear();
    this.confirming = false;
    this.cleared = true;
    this.host.requestUpdate();
  }
}
