import { unsettledIn } from '../base/element.js';

/**
 * The promise behind `wmebv-form`'s `ready`: pending while a definition loads, resolved once it is
 * rendered, rejected when it is not usable. A new definition starts a new wait. The promise is made
 * only when someone asks for it, so a refused definition nobody waits for is no unhandled rejection.
 */
export class ReadySignal {
  private state: { kind: 'loading' } | { kind: 'ready' } | { kind: 'unusable'; error: Error } = { kind: 'loading' };
  private waiting?: { promise: Promise<void>; resolve: () => void; reject: (error: Error) => void };

  get promise(): Promise<void> {
    if (this.state.kind === 'ready') return Promise.resolve();
    if (this.state.kind === 'unusable') return Promise.reject(this.state.error);
    if (!this.waiting) {
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
      this.waiting = { promise, resolve, reject };
    }
    return this.waiting.promise;
  }

  /** A definition is loading: later callers wait for it (earlier ones still wait too). */
  loading(): void {
    this.state = { kind: 'loading' };
  }

  ready(): void {
    this.state = { kind: 'ready' };
    this.waiting?.resolve();
    this.waiting = undefined;
  }

  unusable(error: Error): void {
    this.state = { kind: 'unusable', error };
    this.waiting?.reject(error);
    this.waiting = undefined;
  }
}

/**
 * Waits until no `wmebv-*` element inside `root` has an update pending or has yet to render (the
 * elements a render put in the page render in their own updates, and theirs may add more). The
 * elements keep track of themselves (`unsettledIn`): no query over every element of a long form.
 */
export async function settleChildren(root: Node, maxRounds = 10): Promise<void> {
  for (let round = 0; round < maxRounds; round++) {
    const pending = unsettledIn(root);
    if (pending.length === 0) return;
    await Promise.all(pending.map((element) => element.updateComplete));
  }
}
