// Sums a Chromium trace (devtools.timeline categories) of one phase on the renderer's main thread:
// style recalcs, layouts, paint, top-level task time (thread CPU where the trace has it), and,
// with invalidation tracking, why styles and layout were invalidated.

/** The renderer main thread: the thread named CrRendererMain that did the most timeline work. */
function mainThread(events) {
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') names.set(`${e.pid}:${e.tid}`, 0);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (names.has(key) && e.ph === 'X') names.set(key, names.get(key) + (e.dur ?? 0));
  }
  return [...names].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/**
 * @param {{ traceEvents: object[] } | object[]} trace
 * @returns {{ styleCount: number, styleMs: number, styleElements: number, layoutCount: number, layoutMs: number,
 *   layoutDirty: number, layoutTotal: number, paintMs: number, busyMs: number, reasons: [string, number][] }}
 */
export function summariseTrace(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = mainThread(events);
  const out = {
    styleCount: 0,
    styleMs: 0,
    styleElements: 0,
    layoutCount: 0,
    layoutMs: 0,
    layoutDirty: 0,
    layoutTotal: 0,
    paintMs: 0,
    busyMs: 0,
  };
  const reasons = new Map();
  const open = new Map(); // B/E pairs (Layout is a B/E pair in some versions)
  let taskEnd = 0; // end of the top-level task open at this point (events come in time order per thread)
  const count = (key) => reasons.set(key, (reasons.get(key) ?? 0) + 1);
  const sorted = events.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts);
  for (const e of sorted) {
    if (e.name.endsWith('InvalidationTracking')) {
      const d = e.args?.data ?? {};
      count(
        `${e.name}: ${d.reason ?? d.invalidationList?.map((x) => x.classes?.join?.('.') ?? x.id ?? JSON.stringify(x)).join(',') ?? ''} ${d.changedClass ?? d.changedAttribute ?? d.changedPseudo ?? d.changedId ?? ''} ${d.selectors?.map((s) => s.selector).join(' ; ') ?? ''}`.trim(),
      );
      continue;
    }
    let dur = e.tdur ?? e.dur; // thread CPU time where the trace has it: steadier than wall time on a loaded machine
    if (e.ph === 'B') {
      open.set(e.name, e);
      continue;
    }
    if (e.ph === 'E' && open.has(e.name)) {
      const b = open.get(e.name);
      open.delete(e.name);
      dur = e.tts != null && b.tts != null ? e.tts - b.tts : e.ts - b.ts;
      e.args = { ...b.args, ...e.args, beginData: b.args?.beginData, endData: e.args?.endData };
    } else if (e.ph !== 'X') continue;
    const ms = (dur ?? 0) / 1000;
    if (e.name === 'RunTask' && e.ts >= taskEnd) {
      out.busyMs += ms; // top-level tasks only
      taskEnd = e.ts + (e.dur ?? 0);
    }
    switch (e.name) {
      case 'UpdateLayoutTree':
      case 'RecalculateStyles':
        out.styleCount++;
        out.styleMs += ms;
        out.styleElements += e.args?.elementCount ?? e.args?.data?.elementCount ?? e.args?.endData?.elementCount ?? 0;
        break;
      case 'Layout':
        out.layoutCount++;
        out.layoutMs += ms;
        out.layoutDirty += e.args?.beginData?.dirtyObjects ?? 0;
        out.layoutTotal += e.args?.beginData?.totalObjects ?? 0;
        break;
      case 'Paint':
      case 'PrePaint':
      case 'Layerize':
        out.paintMs += ms;
        break;
    }
  }
  out.reasons = [...reasons].sort((a, b) => b[1] - a[1]);
  return out;
}
