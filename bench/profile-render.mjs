#!/usr/bin/env node
// Profiles the render of the bench's `<wmebv-form>` column (definition set -> `ready`, then the
// forced layout and a frame, as `pnpm bench` times it) on fresh pages in headless Chromium: a CPU
// profile per sample (CDP Profiler, 50 µs sampling) in bench/dist/profile-render/profiles/ (open
// one in Chromium's DevTools, Performance panel), the render's update cycles (how often the form
// and its elements rendered before `ready`), and a table of self time per function summed over the
// samples. Identifiers are kept (no minification) so the table names the functions.
//
//   node bench/profile-render.mjs [--fields 200] [--samples 5] [--top 40] [--column wmebv]
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
const DIST = path.join(BENCH, 'dist', 'profile-render');
const args = profileArgs();
const fields = Number(args.fields ?? 200);
const samples = Number(args.samples ?? 5);
const top = Number(args.top ?? 40);
const column = args.column ?? 'wmebv';

fs.mkdirSync(path.join(DIST, 'profiles'), { recursive: true });
await buildPages(BENCH, [{ id: column, file: path.join(BENCH, 'adapters', `${column}.js`) }], DIST, { minify: false });

const form = makeForm({ fieldCount: fields });
const server = await startServer(DIST);
const browser = await launch(process.env.CHROME_PATH || '/usr/bin/chromium');
const self = new Map();
const inclusive = new Map();
const frames = [];
const updates = [];
let totalSampled = 0;
try {
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/${column}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady === true);
    await page.evaluate(countUpdates);
    await page.waitForTimeout(500);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const render = await page.evaluate((f) => window.__bench.render(f), form);
    const { profile } = await cdp.send('Profiler.stop');
    updates.push(await page.evaluate(() => ({ ...window.__updates })));
    fs.writeFileSync(path.join(DIST, 'profiles', `render-${i}.cpuprofile`), JSON.stringify(profile));
    frames.push(render.frame);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = selfTimes(profile);
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    for (const [id, ms] of dt) {
      const { functionName } = byId.get(id).callFrame;
      self.set(frameKey(byId.get(id)), (self.get(frameKey(byId.get(id))) ?? 0) + ms);
      if (functionName !== '(idle)' && functionName !== '(program)') totalSampled += ms;
      // inclusive: each function once per stack
      const onStack = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) onStack.add(frameKey(byId.get(at)));
      for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + ms);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
const cycles = Object.keys(updates[0] ?? {}).map((tag) => `${tag} ${fmt(updates.map((u) => u[tag] ?? 0))}`);
console.log(`render to frame ms: ${fmt(frames)}\nupdate cycles per sample: ${cycles.join('; ')}`);
console.log(`sampled JS+GC ms per sample (without idle and program): ${(totalSampled / samples).toFixed(1)}`);
const table = (title, map) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / samples).toFixed(2).padStart(7)} ms  ${key}`);
};
table("self time per function, ms per sample (layout forced by a call counts as its caller's):", self);
table('inclusive time per function (on the stack), ms per sample:', inclusive);
