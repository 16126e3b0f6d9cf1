#!/usr/bin/env node
// Profiles the first parse + lint call (as wmebv-form does it, or with --way full as wmebv lint does:
// adapters/_parse-probe.js) on fresh pages in headless Chromium: a CPU
// profile per sample (CDP Profiler, 25 µs sampling), written to bench/dist/profiles/, and a table of
// self time per function summed over the samples. Identifiers are kept (no minification) so the
// table names zod's and core's functions.
//
//   node bench/profile-parse.mjs [--fields 200] [--samples 5] [--top 40] [--way form|full]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { makeForm } from './lib/form.mjs';
import { frameKey, profileArgs, selfTimes } from './lib/profile.mjs';
import { launch } from './lib/measure.mjs';
import { startServer } from './lib/server.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const DIST = path.join(BENCH, 'dist', 'profile');
const args = profileArgs();
const fields = Number(args.fields ?? 200);
const samples = Number(args.samples ?? 5);
const top = Number(args.top ?? 40);
const way = String(args.way ?? 'form');

fs.mkdirSync(path.join(DIST, 'profiles'), { recursive: true });
await esbuild.build({
  entryPoints: [path.join(BENCH, 'adapters', '_parse-probe.js')],
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  conditions: ['source'],
  logLevel: 'error',
  define: { 'process.env.NODE_ENV': '"production"' },
  outfile: path.join(DIST, 'page.js'),
});
fs.writeFileSync(path.join(DIST, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="page.js"></script>');

const form = makeForm({ fieldCount: fields });
const server = await startServer(DIST);
const browser = await launch(process.env.CHROME_PATH || '/usr/bin/chromium');
const self = new Map();
const firsts = [];
const seconds = [];
let totalSampled = 0;
try {
  for (let i = 0; i < samples; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(`${server.url}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady === true);
    await page.waitForTimeout(500);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
    await cdp.send('Profiler.start');
    const { first, second } = await page.evaluate(([f, w]) => window.__probe(f, w), [form, way]);
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(path.join(DIST, 'profiles', `parse-${i}.cpuprofile`), JSON.stringify(profile));
    firsts.push(first);
    seconds.push(second);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = selfTimes(profile);
    for (const [id, ms] of dt) {
      const { functionName } = byId.get(id).callFrame;
      const key = frameKey(byId.get(id));
      self.set(key, (self.get(key) ?? 0) + ms);
      if (functionName !== '(idle)' && functionName !== '(program)') totalSampled += ms;
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const fmt = (xs) => xs.map((x) => x.toFixed(1)).join(' ');
console.log(`first call ms: ${fmt(firsts)}\nsecond call ms: ${fmt(seconds)}\nsampled JS+GC ms per sample: ${(totalSampled / samples).toFixed(1)}`);
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(ms / samples).toFixed(2).padStart(7)} ms  ${key}`);
