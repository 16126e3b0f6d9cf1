#!/usr/bin/env node
// `pnpm bench`: render and validation of a long form in headless Chromium, `<wmebv-form>` next to
// the static-HTML floor and a hand-written Lit template in one interleaved run, then core's work in
// Node; prints medians, spread and ratios and rewrites the measured sections of docs/performance.md.
//
//   node bench/run.mjs [--fields 200] [--samples 15] [--warmup 1] [--core-samples 7]
//                      [--only innerhtml,wmebv] [--no-browser] [--no-core] [--no-docs]
//                      [--settle-ms 1000] [--tail-ms 300] [--chromium /usr/bin/chromium]
//   --only also takes innerhtml-summary (the floor with a GOV.UK error summary; never run by default)
//   --smoke: one sample of 20 fields, no settling, core once, docs untouched (CI checks it runs)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from './lib/build.mjs';
import { runCoreBenchmarks } from './lib/core.mjs';
import { describeForm, makeForm } from './lib/form.mjs';
import { launch, sample } from './lib/measure.mjs';
import { browserTable, coreTable, goalLines, summarise, writeSection } from './lib/report.mjs';
import { startServer } from './lib/server.mjs';
import { stats } from './lib/stats.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.dirname(BENCH);
const DIST = path.join(BENCH, 'dist');
const DOC = path.join(REPO, 'docs', 'performance.md');
const COLUMNS = ['innerhtml', 'lit', 'wmebv', 'wmebv-click'];
// Not run unless named with --only: the floor showing a GOV.UK error summary too (adapters/innerhtml-summary.js),
// for scale; a fifth column would take the default run past 5 minutes.
const EXTRA_COLUMNS = ['innerhtml-summary'];
const KNOWN_COLUMNS = [...COLUMNS, ...EXTRA_COLUMNS];
const FLOOR = 'innerhtml';
const log = (...a) => process.stderr.write(`${a.join(' ')}\n`);

function parseArgs(argv) {
  const o = {
    fields: 200,
    // As the anchors measure (../shared/bench-anchors): with 12, the floor's median moved by 20 ms
    // between idle runs of the same code.
    samples: 15,
    warmup: 1,
    coreSamples: 7,
    only: COLUMNS,
    browser: true,
    core: true,
    docs: true,
    settleMs: 1000,
    tailMs: 300,
    chromium: process.env.CHROME_PATH || '/usr/bin/chromium',
    smoke: false,
  };
  const int = (v, min) => {
    const n = Number.parseInt(v, 10);
    if (!Number.isInteger(n) || n < min) throw new Error(`expected a whole number ≥ ${min}, got ${v}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split('=', 2);
    const val = () => inline ?? argv[++i];
    switch (key) {
      case 'fields':
        o.fields = int(val(), 10);
        break;
      case 'samples':
        o.samples = int(val(), 1);
        break;
      case 'warmup':
        o.warmup = int(val(), 0);
        break;
      case 'core-samples':
        o.coreSamples = int(val(), 1);
        break;
      case 'only':
        o.only = val()
          .split(',')
          .filter((id) => KNOWN_COLUMNS.includes(id) || log(`unknown column ${id} (have ${KNOWN_COLUMNS})`));
        break;
      case 'no-browser':
        o.browser = false;
        break;
      case 'no-core':
        o.core = false;
        break;
      case 'no-docs':
        o.docs = false;
        break;
      case 'settle-ms':
        o.settleMs = int(val(), 0);
        break;
      case 'tail-ms':
        o.tailMs = int(val(), 0);
        break;
      case 'chromium':
        o.chromium = val();
        break;
      case 'smoke':
        Object.assign(o, { smoke: true, fields: 20, samples: 1, warmup: 0, settleMs: 0, tailMs: 0, docs: false });
        break;
      case 'help':
      case 'h':
        console.log(
          fs
            .readFileSync(fileURLToPath(import.meta.url), 'utf8')
            .split('\n')
            .slice(1, 10)
            .join('\n'),
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument ${argv[i]} (--help lists them)`);
    }
  }
  return o;
}

/** Every round visits every column once, in an order rotated by one each round; round 1.. warm-up. */
async function runBrowser(o, form) {
  const columns = o.only.map((id) => ({ id, file: path.join(BENCH, 'adapters', `${id}.js`) }));
  log(`building ${columns.length} pages with esbuild ...`);
  const sizes = await buildPages(BENCH, [...columns, { id: 'parse-probe', file: path.join(BENCH, 'adapters', '_parse-probe.js') }], DIST);
  const server = await startServer(DIST);
  const browser = await launch(o.chromium);
  const version = browser.version();
  const raw = Object.fromEntries(columns.map(({ id }) => [id, []]));
  const probes = [];
  const failures = new Set();
  const t0 = Date.now();
  try {
    for (let round = 0; round < o.warmup + o.samples; round++) {
      const warm = round < o.warmup;
      const order = columns.map((_, i) => columns[(i + round) % columns.length].id);
      const line = [];
      for (const id of order) {
        const s = await sample(browser, { baseUrl: server.url, id, form, tailMs: o.tailMs, settleMs: o.settleMs });
        for (const f of checkSample(s, form)) failures.add(`${id}: ${f}`);
        if (!warm) raw[id].push(s);
        line.push(s.ok ? `${id} ${s.render.frame.toFixed(0)}/${s.validate?.frame.toFixed(1)} ms` : `${id} FAILED`);
      }
      const probe = {
        form: await probeSample(browser, server.url, form, o.settleMs, 'form'),
        full: await probeSample(browser, server.url, form, o.settleMs, 'full'),
      };
      if (!warm) probes.push(probe);
      log(
        `round ${round + 1}/${o.warmup + o.samples}${warm ? ' (warm-up)' : ''}: ${line.join(', ')}; parse+lint ${probe.form.first.toFixed(1)} ms (every rule ${probe.full.first.toFixed(1)} ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summary = summarise(columns, raw);
  const probeStats = (way) => ({ first: stats(probes.map((p) => p[way].first)), second: stats(probes.map((p) => p[way].second)) });
  const probe = { form: probeStats('form'), full: probeStats('full') };
  const info = describeForm(form);
  const head = [
    `${info.fields} fields (${Object.entries(info.byType)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}), ${info.required} required.`,
    `Chromium ${version} headless, ${machine()}; ${o.warmup} warm-up + ${o.samples} samples per column, fresh page per sample, interleaved; ${((Date.now() - t0) / 1000).toFixed(0)} s; ${new Date().toISOString().slice(0, 16)}Z.`,
  ];
  const text = [
    head.join('\n'),
    browserTable(summary, sizes, FLOOR, info.required),
    goalLines(summary, FLOOR, probe).join('\n'),
    ...(failures.size ? [`Check failures: ${[...failures].join('; ')}`] : []),
  ].join('\n\n');
  return { text, failed: failures.size > 0 };
}

/** The untimed checks of a sample: every field laid out, nothing pending, every error shown. */
function checkSample(s, form) {
  if (!s.ok) return [`error: ${s.error.split('\n')[0]}`];
  const fails = s.problems.map((p) => p.slice(0, 200));
  const n = form.fields.length;
  const required = describeForm(form).required;
  if (s.inspect.fieldCount !== n) fails.push(`fields ${s.inspect.fieldCount}/${n}`);
  if (s.inspect.laidOut !== s.inspect.fieldCount) fails.push(`laid out ${s.inspect.laidOut}/${s.inspect.fieldCount}`);
  if (s.inspect.pendingUpdates > 0) fails.push(`${s.inspect.pendingUpdates} pending Lit updates after render`);
  if (s.validate?.errors !== required) fails.push(`errors reported ${s.validate?.errors}/${required}`);
  if (s.validate?.shown != null && s.validate.shown !== required) fails.push(`errors shown ${s.validate.shown}/${required}`);
  return fails;
}

/** One fresh page timing one way of parsing and linting (adapters/_parse-probe.js). */
async function probeSample(browser, baseUrl, form, settleMs, way) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/parse-probe/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady === true);
    await page.waitForTimeout(settleMs);
    return await page.evaluate(([f, w]) => window.__probe(f, w), [form, way]);
  } finally {
    await context.close();
  }
}

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? '?'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, load ${os.loadavg()[0].toFixed(1)}, Node ${process.version}`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  fs.mkdirSync(DIST, { recursive: true });
  let failed = false;
  if (o.browser) {
    const { text, failed: f } = await runBrowser(o, makeForm({ fieldCount: o.fields }));
    failed ||= f;
    const title = `## ${o.fields.toLocaleString('en')} fields in Chromium`;
    console.log(`\n${title}\n\n${text}\n`);
    if (o.docs) writeSection(DOC, `browser-${o.fields}`, `${title}\n\n${text}`);
  }
  if (o.core) {
    const rows = await runCoreBenchmarks({ repoDir: REPO, outDir: DIST, samples: o.coreSamples, quick: o.smoke, log });
    const text = `${machine()}; ${o.smoke ? 'smoke run' : `${o.coreSamples} rounds of ≥ 200 ms per operation`}; ${new Date().toISOString().slice(0, 16)}Z.\n\n${coreTable(rows)}`;
    console.log(`\n## Core in Node\n\n${text}\n`);
    if (o.docs) writeSection(DOC, 'core', `## Core in Node\n\n${text}`);
  }
  if (o.docs) log(`wrote ${path.relative(REPO, DOC)}`);
  log(`pnpm bench took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (failed) process.exitCode = 2;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
