import type { ReactiveControllerHost } from 'lit';

/**
 * The parts of `wmebv-form` that the first screen does not show, each a chunk of its own that the
 * form loads when a page first needs it (issue 11: a small first load). Bundlers split on these
 * `import()`s; the prebuilt single-file bundles inline them.
 */
const loaders = {
  /**
   * Check your answers (`wmebv-review`, the declarations, the sender's-copy downloads) and, after
   * sending, `wmebv-receipt` with the receipt's signature check: one chunk (after-steps.ts).
   */
  review: () => import('./after-steps.js'),
  receipt: () => import('./after-steps.js'),
  /** Only when there is a notices feed or the server sent notices. */
  banner: () => import('../outage-banner/outage-banner.js'),
};
export type LazyPart = keyof typeof loaders;
type Loaded = { [name in LazyPart]?: Awaited<ReturnType<(typeof loaders)[name]>> };

/**
 * Loads parts on demand for a host element: `get(name)` gives the part's module once loaded (and
 * starts loading it otherwise; the host renders again when it arrives). `settled()` waits until
 * nothing asked for is still loading, which the form's `updateComplete` includes, so a caller who
 * waits for the form sees the part rendered. A part that fails to load is asked for again on the
 * next render.
 */
export class LazyParts {
  private static readonly loaded: Loaded = {};
  private readonly pending = new Map<LazyPart, Promise<unknown>>();

  constructor(private readonly host: ReactiveControllerHost) {}

  get<Name extends LazyPart>(name: Name): Loaded[Name] {
    const module = LazyParts.loaded[name];
    if (module || this.pending.has(name)) return module;
    const loading = loaders[name]()
      .then((loaded) => {
        (LazyParts.loaded as Record<LazyPart, unknown>)[name] = loaded;
        this.host.requestUpdate();
      })
      .catch((error: unknown) => console.error(`wmebv-form: could not load its ${name} part`, error))
      .finally(() => this.pending.delete(name));
    this.pending.set(name, loading);
    return undefined;
  }

  /** Whether a part asked for is still loading. */
  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** Resolves when no part asked for is still loading. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending.values());
  }
}
