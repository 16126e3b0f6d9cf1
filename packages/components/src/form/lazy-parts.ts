import { allFields, type Field, type FormDefinition } from '@wmebv/core';
import type { ReactiveControllerHost } from 'lit';
import { adoptStyleList } from '../util/adopt-styles.js';
import { setFileNameRule } from './submission/file-name-rule.js';
import type { TextFieldType } from '../fields/text-field/text-field.js';

/**
 * The parts of `wmebv-form` that the first screen does not show, each a chunk of its own that the
 * form loads when a page first needs it (issue 11: a small first load). Bundlers split on these
 * `import()`s; the prebuilt single-file bundles inline them.
 *
 * The field elements and the banner load through `./parts/<name>.js`, modules that only import the
 * element and export nothing: `import '@wmebv/components'` also imports each element statically, so
 * a bundler puts the element's code in a chunk shared with that entry and writes one more file for
 * the `import()` itself, which re-exports every name of the module it names (80-150 bytes gzip
 * each) or, for a module without exports, is a single `import` line (50 bytes).
 */
const loaders = {
  /**
   * Check your answers (`wmebv-review`, the declarations, the sender's-copy downloads) and, after
   * sending, `wmebv-receipt` with the receipt's signature check: one chunk (after-steps.ts).
   */
  review: () => import('./after-steps.js'),
  receipt: () => import('./after-steps.js'),
  /** The deadline hint and the late reason: only for a definition with a `deadline`, before its first render. */
  deadline: () => import('./views/deadline-hint.js'),
  /**
   * `wmebv-error-summary` and the sentences of validation errors (summary-part.ts): asked for as a
   * definition is first rendered, so they are there by `ready`, before any validation pass shows them.
   * In one chunk with the linter's rules, which every form loads at the same moment (after-render-part.ts).
   */
  summary: () => import('./after-render-part.js'),
  /** Only when there is a notices feed or the server sent notices. */
  banner: () => import('./parts/outage-banner.js'),
  // The field elements, each loaded before the first render of a definition that uses it.
  'text-field': () => import('./parts/text-field.js'),
  textarea: () => import('./parts/textarea.js'),
  'date-field': () => import('./parts/date-field.js'),
  select: () => import('./parts/select.js'),
  checkbox: () => import('./parts/checkbox.js'),
  'checkbox-group': () => import('./parts/checkbox-group.js'),
  'radio-group': () => import('./parts/radio-group.js'),
  /** With core's file-name rule (file-part.ts): a form without a file question loads no filenamify. */
  'file-upload': () =>
    import('./file-part.js').then((part) => {
      setFileNameRule(part.normaliseFileName);
      return part;
    }),
  fieldset: () => import('./parts/fieldset.js'),
};

/**
 * The element each field type with an element of its own renders with (render-field.ts); every
 * other type is typed in `wmebv-text-field` (its `SETUP` line); `content` is a plain paragraph.
 */
const ownParts: { [Type in Exclude<Field['type'], TextFieldType>]: LazyPart | undefined } = {
  textarea: 'textarea',
  date: 'date-field',
  select: 'select',
  checkbox: 'checkbox',
  consent: 'checkbox',
  'checkbox-group': 'checkbox-group',
  radio: 'radio-group',
  file: 'file-upload',
  fieldset: 'fieldset',
  content: undefined,
};

/** The field elements `definition` uses: a form without a date or file question loads no date or file code. */
export function fieldPartsOf(definition: FormDefinition): LazyPart[] {
  const parts = new Set<LazyPart>();
  for (const { field } of allFields(definition)) {
    const part = field.type in ownParts ? ownParts[field.type as keyof typeof ownParts] : 'text-field';
    if (part) parts.add(part);
  }
  return [...parts];
}
export type LazyPart = keyof typeof loaders;
type Loaded = { [name in LazyPart]?: Awaited<ReturnType<(typeof loaders)[name]>> };

/**
 * Loads parts on demand for a host element: `get(name)` gives the part's module once loaded (and
 * starts loading it otherwise; the host renders again when it arrives). `settled()` waits until
 * nothing asked for is still loading, which the form's `updateComplete` includes, so a caller who
 * waits for the form sees the part rendered. A part that fails to load (offline, a deploy that
 * removed the old chunk) is `failed` until `retry()` or the next `preload()` of it loads it: the host
 * says so instead of showing a page without it, and an offline page does not fetch it on every render.
 */
export class LazyParts {
  private static readonly loaded: Loaded = {};
  private readonly pending = new Map<LazyPart, Promise<unknown>>();
  /** Parts a render asked for and did not get: their arrival renders the host again. */
  private readonly missed = new Set<LazyPart>();
  /** Parts whose last load failed: not fetched again before `retry()` or a `preload()` asks. */
  private readonly failures = new Set<LazyPart>();

  constructor(private readonly host: ReactiveControllerHost & Node) {}

  /**
   * The part's module once loaded, its CSS (`partStyles`, e.g. the deadline hint's and the review's)
   * adopted into the host's root first; undefined while it loads.
   */
  get<Name extends LazyPart>(name: Name): Loaded[Name] {
    const module = LazyParts.loaded[name];
    if (!module) {
      this.missed.add(name);
      if (!this.failures.has(name)) this.load(name);
    } else if ('partStyles' in module) adoptStyleList(this.host.getRootNode(), module.partStyles);
    return module;
  }

  /** The part's module if it has loaded; loads nothing and renders nothing (work that can wait for it). */
  loadedPart<Name extends LazyPart>(name: Name): Loaded[Name] {
    return LazyParts.loaded[name];
  }

  /**
   * Loads `names` and resolves when none of them is still loading (a failed one is logged). Their
   * arrival alone renders nothing: the caller renders what needs them once this resolves (one
   * render of the form before `ready`, not one more per part).
   */
  async preload(names: readonly LazyPart[]): Promise<void> {
    for (const name of names) if (!LazyParts.loaded[name]) this.load(name);
    await this.settled();
  }

  /**
   * Loads the parts that failed again (the host's "Probeer opnieuw"); resolves whether all of them
   * arrived. Each arrival renders the host again; a failure leaves it saying so.
   */
  async retry(): Promise<boolean> {
    for (const name of this.failures) this.load(name);
    await this.settled();
    return this.failures.size === 0;
  }

  private load(name: LazyPart): void {
    if (this.pending.has(name)) return;
    const loading = loaders[name]()
      .then((loaded) => {
        (LazyParts.loaded as Record<LazyPart, unknown>)[name] = loaded;
        // A part that failed before renders the host again: it shows the page instead of the notice.
        const asked = this.missed.delete(name);
        if (this.failures.delete(name) || asked) this.host.requestUpdate();
      })
      .catch((error: unknown) => {
        console.error(`wmebv-form: could not load its ${name} part`, error);
        this.failures.add(name);
        this.host.requestUpdate();
      })
      .finally(() => this.pending.delete(name));
    this.pending.set(name, loading);
  }

  /** Whether a part asked for is still loading. */
  get loading(): boolean {
    return this.pending.size > 0;
  }

  /** Whether a part asked for failed to load (and has not loaded since). */
  get failed(): boolean {
    return this.failures.size > 0;
  }

  /** Resolves when no part asked for is still loading. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending.values());
  }
}
