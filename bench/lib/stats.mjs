// Median, spread and ratios, as printed.

/** Median, min, max, quartiles of the finite numbers in `values`; undefined when there are none. */
export function stats(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  const n = v.length;
  if (!n) return undefined;
  const q = (p) => {
    const i = (n - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return v[lo] + (v[hi] - v[lo]) * (i - lo);
  };
  return { n, median: q(0.5), min: v[0], max: v[n - 1], p25: q(0.25), p75: q(0.75) };
}

export const fmt = (x, digits = 1) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(digits));
/** `median [min–max]`. */
export const spread = (s, digits = 1) => (s ? `${fmt(s.median, digits)} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]` : '–');
/** Ratio of medians, `2.1×`. */
export const ratio = (a, b) => (a && b && b.median > 0 ? `${fmt(a.median / b.median, 2)}×` : '–');

export function table(header, rows) {
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const r of rows) lines.push(`| ${r.join(' | ')} |`);
  return lines.join('\n');
}
