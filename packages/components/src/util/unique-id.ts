/**
 * Ids unique on the page, for `for`, `aria-describedby` and the error summary's `href="#id"`.
 * The counter lives on `globalThis` under a registered symbol, so two copies of the library on one
 * page (two bundles) still never hand out the same id; two forms on one page each get their own.
 */
const COUNTER = Symbol.for('wmebv.uniqueIdCounter');

type CounterHolder = { [COUNTER]?: number };

export function uniqueId(prefix = 'wmebv'): string {
  const holder = globalThis as CounterHolder;
  const next = (holder[COUNTER] ?? 0) + 1;
  holder[COUNTER] = next;
  return `${prefix}-${next}`;
}
