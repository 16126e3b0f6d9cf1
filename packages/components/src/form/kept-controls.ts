import type { ControlElement } from './page-focus.js';

/**
 * Every field and declaration element under `root` in one query, by kind and id (the first of an
 * id, as `controlOf` finds it): the error summary's links of a whole pass without a query per error.
 */
export function controlsIn(root: ParentNode): (id: string, kind: 'field' | 'declaration') => ControlElement | undefined {
  const found = { field: new Map<string, ControlElement>(), declaration: new Map<string, ControlElement>() };
  for (const element of root.querySelectorAll<ControlElement>('[data-field-id], [data-declaration-id]')) {
    const { fieldId, declarationId } = element.dataset;
    if (fieldId !== undefined && !found.field.has(fieldId)) found.field.set(fieldId, element);
    if (declarationId !== undefined && !found.declaration.has(declarationId)) found.declaration.set(declarationId, element);
  }
  return (id, kind) => found[kind].get(id);
}

/**
 * `controlsIn(root)` kept between renders: the error summary's links of a pass look their controls
 * up in a map made beforehand (`prepare`, while the page is idle after a render) instead of querying
 * the whole step during the pass. An element found is used only while it is in `root` and still
 * carries the id (Lit reuses a step's elements for the next step's questions); anything else makes
 * the map anew from the DOM, so a lookup finds what `controlsIn` would.
 */
export class KeptControls {
  private map?: ReturnType<typeof controlsIn>;
  private madeFor?: unknown;

  constructor(private readonly root: ParentNode) {}

  /** Makes the map from the DOM as it is now, unless it was made for the same `page` (e.g. the position shown). */
  prepare(page?: object): void {
    if (page && page === this.madeFor) return;
    this.map = controlsIn(this.root);
    this.madeFor = page;
  }

  /**
   * A lookup for one render, finding what `controlsIn(root)` would: the kept map, made anew from the
   * DOM at most once, on the first id it does not hold as it is now.
   */
  lookup(): (id: string, kind: 'field' | 'declaration') => ControlElement | undefined {
    let fresh = false;
    return (id, kind) => {
      let found = this.map?.(id, kind);
      if (!fresh && !(found?.isConnected && this.root.contains(found) && found.dataset[kind === 'field' ? 'fieldId' : 'declarationId'] === id)) {
        this.prepare();
        fresh = true;
        found = this.map!(id, kind);
      }
      return found;
    };
  }
}
