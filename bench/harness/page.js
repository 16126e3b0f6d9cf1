// In-page glue (from ../shared/bench-anchors/harness/page.js). Bundled together with exactly one
// adapter into dist/<id>/page.js.
// All timing happens here, inside the page, with performance.now();
// the Node side only orchestrates and collects numbers.

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const idle = (timeout) => new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout }));

/** Walk light DOM + every open shadow root below `root`. */
function walkDeep(root, visit) {
  const all = root.querySelectorAll ? root.querySelectorAll('*') : [];
  for (const el of all) {
    visit(el);
    if (el.shadowRoot) walkDeep(el.shadowRoot, visit);
  }
}

export function install(adapter, id) {
  const state = { handle: null };
  const container = () => document.getElementById('root');

  window.__bench = {
    id,
    label: adapter.label || id,
    packageName: adapter.packageName || null,

    /**
     * Timed render: start of render() call -> adapter's promise resolved
     * (adapters await updateComplete etc.) -> forced layout -> one rAF.
     */
    async render(form) {
      const root = container();
      await idle(1000); // untimed: start from an idle main thread
      const t0 = performance.now();
      const handle = await adapter.render(form, root);
      const t1 = performance.now();
      void document.body.offsetHeight; // force style + layout
      const t2 = performance.now();
      await nextFrame();
      const t3 = performance.now();
      state.handle = handle;
      return { resolved: t1 - t0, layout: t2 - t0, frame: t3 - t0 };
    },

    /** Timed validation pass; same end condition as render(). */
    async validate() {
      const h = state.handle;
      if (!h || typeof h.validate !== 'function') return null;
      await idle(1000);
      const t0 = performance.now();
      const errors = await h.validate();
      const t1 = performance.now();
      void document.body.offsetHeight;
      const t2 = performance.now();
      await nextFrame();
      const t3 = performance.now();
      // untimed: how many per-field error messages are actually in the DOM
      const shown = typeof h.errorsShown === 'function' ? h.errorsShown() : null;
      return { errors, shown, resolved: t1 - t0, layout: t2 - t0, frame: t3 - t0 };
    },

    /** Untimed sanity checks after render: are all fields there and laid out? */
    inspect() {
      const h = state.handle;
      const fields = h && typeof h.fields === 'function' ? Array.from(h.fields()) : [];
      let laidOut = 0;
      for (const el of fields) {
        const r = el.getBoundingClientRect();
        if (r.height > 0 && r.width > 0) laidOut++;
      }
      let elements = 0;
      let shadowRoots = 0;
      let nativeControls = 0;
      let pendingUpdates = 0; // Lit-style elements that still have an update queued
      walkDeep(document.body, (el) => {
        elements++;
        if (el.shadowRoot) shadowRoots++;
        const tag = el.localName;
        if (tag === 'input' || tag === 'select' || tag === 'textarea') nativeControls++;
        if (el.isUpdatePending === true || el.hasUpdated === false) pendingUpdates++;
      });
      const last = fields[fields.length - 1];
      return {
        fieldCount: fields.length,
        laidOut,
        elements,
        shadowRoots,
        nativeControls,
        pendingUpdates,
        documentHeight: document.documentElement.scrollHeight,
        lastFieldBottom: last ? Math.round(last.getBoundingClientRect().bottom + window.scrollY) : null,
      };
    },
  };
  window.__benchReady = true;
}
