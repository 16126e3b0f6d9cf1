#!/usr/bin/env node
// Profiles the validation pass of the bench's `<wmebv-form>` column (`window.__bench.validate()`:
// reportValidity() or the submit click on the empty step, to the frame after, as `pnpm bench` times
// it) in headless Chromium, twice per fresh page: the FIRST pass (as every bench sample has it: code
// that runs for the first time on the page) and a SECOND one in the same page on a form rendered
// anew (warm code, fresh DOM). What differs between the two is the pass's fixed cost of a first
// visit. A CPU profile per pass (CDP Profiler, 50 µs sampling) goes to
// bench/dist/profile-validate/profiles/ (open one in Chromium's DevTools, Performance panel); the
// report has the pass times, the update cycles of each pass and a table of self time per function
// for each pass side by side. Identifiers are kept (no minification) so the table names the functions.
//
//   node bench/profile-validate.mjs [--fields 200] [--samples 5] [--top 40] [--column wmebv|wmebv-click]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from './lib/build.mjs';
import { makeForm } from './lib/form.mjs';
import { frameKey, profileArgs, selfTimes } from './lib/profile.mjs';
import { launch } from './lib/measure.mjs';
import { startServer } from './lib/server.mjs';
import { countUpdates } from './lib/update-counts.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(BENCH, 'dist', 'profile-validate');
const args = profileArgs();
const fields = Number(args.fields ?? 200);
const samples = Number(args.samples ?? 5);
const top = Number(args.top ?? 40);
const column = args.column ?? 'wmebv';
const PASSES = ['first', 'second'];

fs.mkdirSync(path.join(DIST, 'profiles'), { recursive: true });
await buildPages(BENCH, [{ id: column, file: path.join(BENCH, 'adapters', `${column}.js`) }], DIST, { minify: false });

const form = makeForm({ fieldCount: fields });
const server = await startServer(DIST);
const browser = await launch(process.env.CHROME_PATH || '/usr/bin/chromium');
/** Per pass and sample: self and inclusive ms per function, the pass's time, update cycles, sampled JS ms. */
const passes = PASSES.map(() => ({ self: [], inclusive: [], frames: [], updates: [], sampled: [] }));
try {
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/${column}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady === true);
    await page.evaluate(countUpdates);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    for (const [p, pass] of passes.entries()) {
      await page.evaluate((f) => window.__bench.render(f), form);
      await page.waitForTimeout(300); // the bench's tail after the render (idle work after `ready`)
      await page.evaluate(countUpdates); // the lazy parts' elements too (the error summary)
      await page.evaluate(() => {
        for (const tag of Object.keys(window.__updates)) window.__updates[tag] = 0;
      });
      await cdp.send('Profiler.start');
      const validate = await page.evaluate(() => window.__bench.validate());
      const { profile } = await cdp.send('Profiler.stop');
      if (!(validate?.errors > 0)) throw new Error(`pass ${PASSES[p]} showed no errors: ${JSON.stringify(validate)}`);
      pass.frames.push(validate.frame);
      pass.updates.push(await page.evaluate(() => ({ ...window.__updates })));
      fs.writeFileSync(path.join(DIST, 'profiles', `validate-${i}-${PASSES[p]}.cpuprofile`), JSON.stringify(profile));
      const [self, inclusive] = [new Map(), new Map()];
      let sampled = 0;
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      for (const [id, ms] of selfTimes(profile)) {
        const node = byId.get(id);
        self.set(frameKey(node), (self.get(frameKey(node)) ?? 0) + ms);
        if (!['(idle)', '(program)'].includes(node.callFrame.functionName)) sampled += ms;
        const onStack = new Set(); // each function once per stack
        for (let at = id; at !== undefined; at = parent.get(at)) onStack.add(frameKey(byId.get(at)));
        for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
      }
      pass.self.push(self);
      pass.inclusive.push(inclusive);
      pass.sampled.push(sampled);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
/** The median over the samples (a function missing from a sample's profile counts 0 there): robust on a loaded machine. */
const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
for (const [p, pass] of passes.entries()) {
  const cycles = Object.keys(pass.updates[0] ?? {})
    .filter((tag) => pass.updates.some((u) => u[tag]))
    .map((tag) => `${tag} ${fmt(pass.updates.map((u) => u[tag] ?? 0))}`);
  console.log(
    `${PASSES[p]} pass, to the frame ms: ${fmt(pass.frames)}; sampled ms without idle and program (JS, GC, forced style and layout): ${fmt(pass.sampled)}`,
  );
  console.log(`  update cycles per sample: ${cycles.join('; ') || 'none'}`);
}
const table = (title, which) => {
  console.log(`\n${title}`);
  const keys = new Set(passes.flatMap((pass) => pass[which].flatMap((map) => [...map.keys()])));
  const rows = [...keys].map((key) => [key, ...passes.map((pass) => median(pass[which].map((map) => map.get(key) ?? 0)))]);
  for (const [key, first, second] of rows.sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${first.toFixed(2).padStart(7)} ${second.toFixed(2).padStart(7)} ms  ${key}`);
};
table("self time per function, median ms of the samples, first and second pass (layout forced by a call counts as its caller's):", 'self');
table('inclusive time per function (on the stack), median ms of the samples, first and second pass:', 'inclusive');
