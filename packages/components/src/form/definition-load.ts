import type { FormDefinition } from '@wmebv/core';
import type { ReactiveController, ReactiveElement } from 'lit';
import { loadDefinition, reportUnusable } from './definition-loader.js';
import { ReadySignal } from './ready-signal.js';

/**
 * The definition a form shows, loaded anew for every new `definition` or `src`: `form` once it is
 * usable, `unavailable` when it is not (reported by `reportUnusable`), and `signal` behind the
 * element's `ready` and `wmebv-ready`. A load overtaken by a newer one is dropped. Its host
 * re-renders whenever these change.
 */
export class DefinitionLoad implements ReactiveController {
  /** The usable definition being shown; undefined while loading and when not usable. */
  form?: FormDefinition;
  /** The definition is not usable: the element shows its fallback with the support route. */
  unavailable = false;
  readonly signal = new ReadySignal();
  private token = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * Loads `source`. `preparing` loads what a usable definition needs before it can be shown (its
   * field elements); `taking` then sets the host up for it (restores the session) just before it is
   * shown; `wmebv-ready` fires once it is rendered, every field included.
   */
  async load(
    source: { definition?: unknown; src?: string },
    taking: (definition: FormDefinition) => void,
    preparing: (definition: FormDefinition) => Promise<void> = async () => {},
  ): Promise<void> {
    const token = ++this.token;
    this.form = undefined;
    this.unavailable = false;
    this.signal.loading();
    this.host.requestUpdate();
    const loaded = await loadDefinition(source);
    if (token !== this.token) return; // a newer definition arrived meanwhile
    if (!loaded.ok) {
      this.unavailable = true;
      this.host.requestUpdate();
      return this.signal.unusable(await reportUnusable(this.host, source.src, loaded.findings));
    }
    await preparing(loaded.definition);
    if (token !== this.token) return;
    taking(loaded.definition);
    this.form = loaded.definition;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The Wmebv rules run after the first render (definition-loader.ts); a rule error still means
    // the form is unavailable, and `ready` waits for them.
    const linted = await loaded.lint();
    if (token !== this.token) return;
    if (!linted.ok) {
      [this.form, this.unavailable] = [undefined, true];
      this.host.requestUpdate();
      return this.signal.unusable(await reportUnusable(this.host, source.src, linted.findings));
    }
    this.signal.ready();
    this.host.dispatchEvent(new CustomEvent('wmebv-ready', { detail: { definition: loaded.definition }, bubbles: true, composed: true }));
  }
}
