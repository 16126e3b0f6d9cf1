import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Runs `prepare` once the page is idle after a render of its host (at most one waiting at a time):
 * the form readies there what its next validation pass will use, so the pass, which the user waits
 * for, does less (docs/decisions.md, "work prepared in idle time"). Whatever `prepare` makes must be
 * what the pass takes, never a dry run.
 */
export class IdlePreparation implements ReactiveController {
  private waiting = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly prepare: () => void,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.waiting) return;
    this.waiting = true;
    whenIdle(() => {
      this.waiting = false;
      if (this.host.isConnected) this.prepare();
    });
  }
}

/** `requestIdleCallback`, or a short timer where a browser lacks it (Safari). */
function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run);
  else setTimeout(run, 50);
}
