// Chromium driver (after ../shared/bench-anchors/lib/measure.mjs): one fresh browser context and
// page per sample, so every sample is a first visit with the JS already downloaded.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS as BASE_ARGS } from '../../scripts/lib/chromium-args.mjs';

export const CHROMIUM_ARGS = [
  ...BASE_ARGS,
  '--headless',
  // Everything but loopback fails DNS at once: nothing may reach the network.
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
];

export const launch = (executablePath) => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

const metric = (m, name) => m.metrics.find((x) => x.name === name)?.value;

/**
 * One sample: load the page, GC, settle, timed render, tail, main-thread CPU and heap, untimed
 * inspection, timed validation and its main-thread CPU. Times come from the page (`performance.now()`, cross-origin
 * isolated); CPU is CDP's `TaskDuration` in thread ticks.
 */
export async function sample(browser, { baseUrl, id, form, tailMs, settleMs, timeoutMs = 120_000 }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.setDefaultTimeout(timeoutMs);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console.error: ${msg.text().slice(0, 300)}`);
  });
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url().slice(0, 200)} (${r.failure()?.errorText})`));
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(`${baseUrl}/${id}/`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__benchReady === true);
    await cdp.send('HeapProfiler.collectGarbage');
    await page.waitForTimeout(settleMs); // load-time background work (compile, the previous page's teardown)
    const before = await cdp.send('Performance.getMetrics');
    const render = await page.evaluate((f) => window.__bench.render(f), form);
    await page.waitForTimeout(tailMs); // deferred (setTimeout, idle) work
    const afterTail = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await cdp.send('Performance.getMetrics');
    const inspect = await page.evaluate(() => window.__bench.inspect());
    // The validation pass's main-thread CPU: from an idle page (the harness's own idle wait then
    // returns at once) to the frame after the errors show; under load a fairer figure than wall ms.
    await page.evaluate(() => new Promise((resolve) => window.requestIdleCallback(resolve, { timeout: 1000 })));
    const beforeValidate = await cdp.send('Performance.getMetrics');
    const validate = await page.evaluate(() => window.__bench.validate());
    const afterValidate = await cdp.send('Performance.getMetrics');
    return {
      ok: true,
      label: await page.evaluate(() => window.__bench.label),
      render,
      validate,
      inspect,
      cpuMs: (metric(afterTail, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
      validateCpuMs: (metric(afterValidate, 'TaskDuration') - metric(beforeValidate, 'TaskDuration')) * 1000,
      heapDelta: metric(afterGc, 'JSHeapUsedSize') - metric(before, 'JSHeapUsedSize'),
      problems,
    };
  } catch (err) {
    return { ok: false, error: String(err?.stack ?? err).slice(0, 2000), problems };
  } finally {
    await context.close().catch(() => {});
  }
}
