// The generated checks' functions made smaller (schema-check.mjs): the same code for different
// schema objects becomes one function, and the longest run of properties that at least three
// objects start with (every question's `fieldBase`) becomes one function they call.

/**
 * `order`: the functions ({ name, body }) in the order they were made; `leafFunctions`: condition ->
 * name. Gives `code` (every body, to see which helpers they call), `functionsText` (the functions as
 * the module writes them) and `rename` (a first name to its final one).
 */
export function compact(order, leafFunctions) {
  mergeSame(order);
  const shared = shareRun(order);
  const names = new Map(order.map((entry, index) => [entry.name, `v${index}`]));
  const rename = (text) => text.replace(/\bv\d+\b/g, (match) => names.get(match));
  const leaves = [...leafFunctions].map(([condition, name]) => `\nfunction ${name}(x: unknown): unknown {\n  return ${condition} ? x : U;\n}`);
  const code = [...order.map((entry) => rename(entry.body)), ...leaves, ...shared.map(rename)].join('\n');
  const functionsText = [
    ...order.map((entry) => `\nfunction ${names.get(entry.name)}(value: unknown): unknown {\n${rename(entry.body)}\n}`),
    ...shared.map(rename),
    ...leaves,
  ].join('\n');
  return { code, functionsText, rename };
}

/** The same code for different schema objects (a `z.optional(LocalizedStringSchema)` per rule of each `errorMessages`): one function. */
function mergeSame(order) {
  for (let merged = true; merged;) {
    merged = false;
    const byBody = new Map();
    for (const entry of order) {
      const same = byBody.get(entry.body);
      if (same === undefined) {
        byBody.set(entry.body, entry);
        continue;
      }
      const pattern = new RegExp(`\\b${entry.name}\\b`, 'g');
      for (const other of order) other.body = other.body.replace(pattern, same.name);
      order.splice(order.indexOf(entry), 1);
      merged = true;
      break;
    }
  }
}

/** The same run of properties at the start of several objects: one function `p0`, called from each. */
function shareRun(order) {
  const OUT = '  const out: Obj = {};\n';
  const propertyLines = (entry) =>
    entry.body.includes(OUT)
      ? entry.body
          .split(OUT)[1]
          .split('\n')
          .filter((line) => line.startsWith('  if ('))
      : [];
  // The run that saves most: shared by at least three objects, at least four properties long.
  const runs = new Map();
  for (const entry of order) {
    const lines = propertyLines(entry);
    for (let length = 4; length <= lines.length; length++) {
      const run = lines.slice(0, length).join('\n');
      runs.set(run, [...(runs.get(run) ?? []), entry]);
    }
  }
  let best;
  for (const [run, entries] of runs) {
    const saving = (entries.length - 1) * run.length;
    if (entries.length >= 3 && (!best || saving > best.saving)) best = { run, entries, saving };
  }
  if (!best) return [];
  // A refusal in the run: true (with its way noted by `at`, in `decide`), and the caller refuses.
  const body = best.run.replace(/return U;$/gm, 'return true;').replace(/return (at\(.*\));$/gm, 'return $1 === U;');
  for (const entry of best.entries) entry.body = entry.body.replace(best.run, '  if (p0(value, out)) return U;');
  return [`\nfunction p0(value: Obj, out: Obj): boolean {\n${body}\n  return false;\n}`];
}
