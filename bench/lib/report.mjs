// The printed tables and docs/performance.md. The page keeps one section per measurement (the
// browser run at each form size, the core run); a run replaces only the sections it measured.
import fs from 'node:fs';
import { fmt, ratio, spread, stats, table } from './stats.mjs';

/** Issue 16's anchors (../shared/bench-anchors, 200 fields, 15 samples, one interleaved run), for scale. */
export const ANCHORS = `| | render ms (× static HTML) | full validation pass ms (66 errors shown) |
| --- | ---: | ---: |
| static HTML via innerHTML (the floor) | 80 (1.0×) | 9.7 |
| hand-written single Lit template | 148 (1.8×) | 8.7 |
| Shoelace 2.20 | 323 (4.0×) | 5.7 |
| Form.io 5.6 | 604 (7.6×) | 165 |
| SurveyJS 2.5 | 661 (8.3×) | 188 |
| Lion 0.21 | 885 (11.1×) | 170 |
| \`<wmebv-form>\` before issue 16 | 234 (2.9×) | 105 |`;

export const GOALS = { render: 2.5, renderAim: 2.0, validate: 1.5, parseMs: 10 };

/** Summary per column from its samples. */
export function summarise(columns, raw) {
  const out = {};
  for (const { id } of columns) {
    const good = raw[id].filter((s) => s.ok);
    out[id] = {
      label: good[0]?.label ?? id,
      ok: good.length,
      total: raw[id].length,
      render: stats(good.map((s) => s.render.frame)),
      resolved: stats(good.map((s) => s.render.resolved)),
      validate: stats(good.map((s) => s.validate?.frame)),
      cpu: stats(good.map((s) => s.cpuMs)),
      validateCpu: stats(good.map((s) => s.validateCpuMs)),
      heapDelta: stats(good.map((s) => s.heapDelta)),
      elements: good[0]?.inspect.elements,
      errors: stats(good.map((s) => s.validate?.errors))?.median,
    };
  }
  return out;
}

/** The browser table, ratios against `floor`. */
export function browserTable(summary, sizes, floor, required) {
  const base = summary[floor];
  return table(
    [
      'Column',
      'Render ms, median [min–max]',
      '× floor',
      'Validation pass ms',
      '× floor',
      'Errors',
      'render() resolved ms',
      'Main-thread CPU ms',
      'Validation CPU ms',
      '× floor',
      'Heap Δ MB',
      'DOM elements',
      'Page JS gz KB',
      'Samples',
    ],
    Object.entries(summary).map(([id, s]) => [
      s.label,
      spread(s.render),
      ratio(s.render, base?.render),
      spread(s.validate),
      ratio(s.validate, base?.validate),
      s.errors == null ? '–' : `${s.errors}/${required}`,
      fmt(s.resolved?.median),
      fmt(s.cpu?.median),
      fmt(s.validateCpu?.median),
      ratio(s.validateCpu, base?.validateCpu),
      fmt(s.heapDelta && s.heapDelta.median / 1048576, 2),
      s.elements ?? '–',
      fmt(sizes[id].gzip / 1024),
      `${s.ok}/${s.total}`,
    ]),
  );
}

/** Goal lines: what the issue asks, what this run measured. */
export function goalLines(summary, floor, probe) {
  const r = (id, key) => (summary[id]?.[key] && summary[floor]?.[key] ? summary[id][key].median / summary[floor][key].median : NaN);
  const mark = (value, goal) => (Number.isFinite(value) ? (value <= goal ? 'met' : 'NOT met') : 'not measured');
  const render = r('wmebv', 'render');
  const report = r('wmebv', 'validate');
  const click = r('wmebv-click', 'validate');
  const parse = probe?.form?.first?.median;
  return [
    `- Render, \`<wmebv-form>\` ÷ static HTML: ${fmt(render, 2)}× (goal ≤ ${GOALS.render}×, aim ${GOALS.renderAim}×: ${mark(render, GOALS.render)})`,
    `- \`reportValidity()\` ÷ the floor's validation pass: ${fmt(report, 2)}× (goal ≤ ${GOALS.validate}×: ${mark(report, GOALS.validate)})`,
    ...(summary['innerhtml-summary']
      ? [
          `- \`reportValidity()\` ÷ the floor showing what a submit shows (its messages, a GOV.UK error summary, focus and title; not the goal's floor, for scale): ${fmt(report / r('innerhtml-summary', 'validate'), 2)}×; by main-thread CPU ${fmt(r('wmebv', 'validateCpu') / r('innerhtml-summary', 'validateCpu'), 2)}×`,
        ]
      : []),
    `- Submit-button click ÷ the floor's validation pass: ${fmt(click, 2)}× (reported separately: the click itself costs the browser time)`,
    `- The same two by main-thread CPU (fairer than wall time on a loaded machine): \`reportValidity()\` ${fmt(r('wmebv', 'validateCpu'), 2)}×, submit click ${fmt(r('wmebv-click', 'validateCpu'), 2)}×`,
    `- Parse + lint of the definition in the browser as \`<wmebv-form>\` does it before \`ready\` (parse, then the rules of severity error), first call on a fresh page: ${probe ? spread(probe.form.first, 2) : '–'} ms (goal ≤ ${GOALS.parseMs} ms: ${mark(parse, GOALS.parseMs)}); a second call: ${probe ? spread(probe.form.second, 2) : '–'} ms`,
    `- The same definition with every rule and the sorted findings, as \`wmebv lint\` does it (\`checkDefinition\`), first call on a fresh page: ${probe ? spread(probe.full.first, 2) : '–'} ms; a second call: ${probe ? spread(probe.full.second, 2) : '–'} ms`,
  ];
}

export function coreTable(rows) {
  return table(
    ['Operation (Node)', 'ms per operation, median [min–max]', 'CPU ms per operation', 'Note'],
    rows.map((row) => [row.name, spread(row.wall, 3), fmt(row.cpu.median, 3), row.note]),
  );
}

const DOC_HEAD = `# Performance

How fast \`<wmebv-form>\` renders a long form and shows every error, measured side by side with the
static-HTML floor, and how fast core's work is in Node. Issue 16 sets the goals; \`pnpm bench\`
(\`bench/run.mjs\`) measures and rewrites the figures below (each section names its run). These are
benchmarks that print figures, never timed tests: compare figures within one run only.

## Method

- **Workload** (\`bench/lib/form.mjs\`, copied from issue 16's benchmark anchors, which are not in this repository): per 10 fields 4 text, 1
  textarea, 1 e-mail, 1 date, 1 select (12 options), 1 radio group (4 options), 1 checkbox, each
  with a label and a hint; every third field required. For \`<wmebv-form>\` it becomes a definition
  with one step (\`bench/lib/definition.mjs\`); a required field cites its legal basis.
- **Columns**, interleaved (every round visits each once, in an order rotated by one each round;
  the first round is a discarded warm-up): the static-HTML floor (one \`innerHTML\` string; its
  validation pass is native \`checkValidity()\` on every control with each message written into the
  page), a hand-written Lit template (one template, shadow DOM, native controls),
  \`<wmebv-form>\` validated with \`reportValidity()\`, and \`<wmebv-form>\` validated by a click on
  the step's submit button. One more column runs only when named (\`--only innerhtml,innerhtml-summary,wmebv\`):
  the floor whose pass also shows what a submit shows (a GOV.UK error summary with a link per error,
  focus on its heading, "Fout: " in the title; \`bench/adapters/innerhtml-summary.js\`), for scale: how
  much of a pass is the browser's work for what the pattern shows. It is not issue 16's floor.
- **A sample** is a fresh browser context and page (a first visit with the JS downloaded, no code
  cache): load, forced GC, settle (1 s and an idle callback), then **render** = from the start of
  the adapter's render to its promise (\`<wmebv-form>\`: its \`ready\` promise), a forced layout and one
  animation frame, timed in the page with \`performance.now()\` (cross-origin isolated). After a
  300 ms tail, CDP's main-thread CPU and the heap after GC. Then the **validation pass** on the
  empty form with the same end condition; every column must show all required fields' errors.
  Its main-thread CPU (CDP, from an idle page to the frame after the errors show) is printed
  beside it: on a loaded machine wall times grow with the load, thread CPU much less.
- **Parse + lint in the browser**: a page with core alone times, on the workload's definition, the
  first call on a fresh page and a second call, two ways, each on its own fresh page: what
  \`<wmebv-form>\` does before \`ready\` (\`parseValidDefinition\`, the generated validator without
  zod, D4, which takes the workload; then \`lintErrors\`: the rules of
  severity error; the browser shows no warnings, so it computes none: docs/decisions.md, "The linter
  in browsers"), which the goal is about, and \`checkDefinition\` (every rule and the sorted
  findings, as \`wmebv lint\` does) for scale.
- **Core in Node**: core bundled from source with esbuild; each operation repeated for at least
  200 ms per round, median per operation over the rounds; CPU time (user + system) beside it.
- Pages are built with esbuild from the sources (production Lit, minified); "Page JS gz" is the
  whole page (adapter, harness and library) for scale; \`pnpm size\` is the project's size figure.

Run it: \`pnpm bench\` (200 fields, about 3 minutes), \`pnpm bench --fields 1000\` (the same at 1,000
fields), \`pnpm bench --help\` for the options. It needs Chromium (\`CHROME_PATH\`, else \`/usr/bin/chromium\`)
and rewrites the measured sections of this page; on a busy machine add \`--no-docs\` (print only) and compare
figures within one run. The hand-written paragraphs (load, what is left) are not rewritten.

## The anchors, for scale

Issue 16's measurement of other libraries (its benchmark anchors, another machine and run;
compare ratios, not milliseconds):

${ANCHORS}

<!-- bench:browser-200 -->
## 200 fields in Chromium

_Not measured yet: \`pnpm bench\`._
<!-- /bench:browser-200 -->

<!-- bench:browser-1000 -->
## 1,000 fields in Chromium

_Not measured yet: \`pnpm bench --fields 1000\`._
<!-- /bench:browser-1000 -->

<!-- bench:core -->
## Core in Node

_Not measured yet: \`pnpm bench\`._
<!-- /bench:core -->
`;

const section = (key) => [`<!-- bench:${key} -->`, `<!-- /bench:${key} -->`];

/** Replaces (or appends) the section `key` of docs/performance.md, creating the page when missing. */
export function writeSection(file, key, body) {
  let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : DOC_HEAD;
  const [open, close] = section(key);
  const block = `${open}\n${body.trim()}\n${close}`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  text = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + close.length) : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, text);
}
