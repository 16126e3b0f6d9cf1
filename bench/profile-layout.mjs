#!/usr/bin/env node
// Where style and layout time goes in a render and in a validation pass: a Chromium trace
// (devtools.timeline) of each phase on fresh pages, per column, summed into style recalcs
// (UpdateLayoutTree: count, thread-CPU ms, elements restyled), layouts (Layout: count, ms, dirty and
// total objects), paint and top-level task time. Each phase's trace runs on to the frame after it
// and 300 ms beyond, so work the browser does after a change (content-visibility deciding what is
// on screen, autofill scanning the form's controls) is counted too. With --invalidations the trace
// records why styles were invalidated and prints the most frequent reasons. --variant name=file.css
// adds a column: `wmebv` with that CSS added to the page (unlayered, so it wins), to try a change
// side by side. Traces go to bench/dist/trace/traces/ (DevTools' Performance panel opens them).
//
//   node bench/profile-layout.mjs [--fields 200] [--samples 3] [--only innerhtml,wmebv]
//                                 [--variant name=file.css ...] [--invalidations] [--width 1280]
// --width sets the viewport's width in CSS px (320 is a phone, or 1280 px at 400 % zoom): rules
// under a width media query, such as the error bar's place, differ there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from './lib/build.mjs';
import { makeForm } from './lib/form.mjs';
import { launch } from './lib/measure.mjs';
import { startServer } from './lib/server.mjs';
import { stats } from './lib/stats.mjs';
import { summariseTrace } from './lib/trace.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(BENCH, 'dist', 'trace');
const argv = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : fallback;
};
const fields = Number(opt('fields', 200));
const samples = Number(opt('samples', 3));
const width = Number(opt('width', 1280));
const only = opt('only', 'innerhtml,wmebv').split(',');
const invalidations = argv.includes('--invalidations');
const variants = argv
  .flatMap((a, i) => (a === '--variant' ? [argv[i + 1].split('=')] : []))
  .map(([name, file]) => ({ name, css: fs.readFileSync(file, 'utf8') }));
const columns = [...only.map((id) => ({ name: id, id })), ...variants.map((v) => ({ name: `wmebv+${v.name}`, id: 'wmebv', css: v.css }))];

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  ...(invalidations ? ['disabled-by-default-devtools.timeline.invalidationTracking'] : []),
];

fs.mkdirSync(path.join(DIST, 'traces'), { recursive: true });
const ids = [...new Set(columns.map((c) => c.id))];
await buildPages(
  BENCH,
  ids.map((id) => ({ id, file: path.join(BENCH, 'adapters', `${id}.js`) })),
  DIST,
);
const form = makeForm({ fieldCount: fields });
const server = await startServer(DIST);
const browser = await launch(process.env.CHROME_PATH || '/usr/bin/chromium');

/** Runs `step` in the page under a trace, on to the next frame and 300 ms after; returns the summary. */
async function traced(page, name, step) {
  await page.evaluate(() => new Promise((resolve) => window.requestIdleCallback(() => resolve(), { timeout: 1000 })));
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.evaluate(step, form);
  await page.evaluate(
    () => new Promise((resolve) => window.requestAnimationFrame(() => window.requestAnimationFrame(() => setTimeout(resolve, 300)))),
  );
  const buffer = await browser.stopTracing();
  fs.writeFileSync(path.join(DIST, 'traces', `${name}.json`), buffer);
  return summariseTrace(JSON.parse(buffer.toString('utf8')));
}

const results = {};
try {
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < columns.length; k++) {
      const column = columns[(k + i) % columns.length]; // interleaved, order rotated each round
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      const page = await context.newPage();
      await page.goto(`${server.url}/${column.id}/`, { waitUntil: 'load' });
      await page.waitForFunction(() => window.__benchReady === true);
      if (column.css) await page.addStyleTag({ content: column.css });
      await page.waitForTimeout(500);
      const render = await traced(page, `${column.name}-render-${i}`, (f) => window.__bench.render(f));
      const validate = await traced(page, `${column.name}-validate-${i}`, () => window.__bench.validate());
      (results[column.name] ??= []).push({ render, validate });
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const KEYS = ['styleCount', 'styleMs', 'styleElements', 'layoutCount', 'layoutMs', 'layoutDirty', 'layoutTotal', 'paintMs', 'busyMs'];
console.log(`\n${fields} fields, ${width} px wide, ${samples} samples per column (medians, thread CPU ms); load ${os.loadavg()[0].toFixed(1)}\n`);
console.log(`| column | phase | ${KEYS.join(' | ')} |`);
console.log(`| --- | --- |${KEYS.map(() => ' ---: |').join('')}`);
for (const [name, runs] of Object.entries(results)) {
  for (const phase of ['render', 'validate']) {
    const cells = KEYS.map((key) => {
      const m = stats(runs.map((r) => r[phase][key])).median;
      return key.endsWith('Ms') ? m.toFixed(1) : String(Math.round(m));
    });
    console.log(`| ${name} | ${phase} | ${cells.join(' | ')} |`);
  }
}
if (invalidations) {
  for (const [name, runs] of Object.entries(results)) {
    for (const phase of ['render', 'validate']) {
      console.log(`\n${name} ${phase}: invalidation reasons (first sample)`);
      for (const [reason, n] of runs[0][phase].reasons.slice(0, 25)) console.log(`  ${String(n).padStart(6)}  ${reason}`);
    }
  }
}
