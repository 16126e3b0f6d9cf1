// Makes the example audit report and its screenshot for the docs (docs/images/audit-report.png):
// zips the Open Forms fixtures, runs the built CLI (`pnpm build` first), opens the HTML report in
// headless Chromium (CHROME_PATH or /usr/bin/chromium) and captures its first screen.
//   node packages/cli/scripts/screenshot-audit.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../../scripts/lib/chromium-args.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = path.join(root, 'packages/cli/test/fixtures/open-forms');
const cli = path.join(root, 'packages/cli/dist/index.js');
const work = mkdtempSync(path.join(os.tmpdir(), 'wmebv-audit-shot-'));
try {
  const forms = {};
  for (const slug of readdirSync(fixtures)) {
    forms[`form_${slug}.zip`] = zipSync(
      Object.fromEntries(readdirSync(path.join(fixtures, slug)).map((name) => [name, readFileSync(path.join(fixtures, slug, name))])),
    );
  }
  writeFileSync(path.join(work, 'export.zip'), zipSync(forms));
  writeFileSync(
    path.join(work, 'org.json'),
    JSON.stringify({
      name: 'Gemeente Voorbeeld',
      support: { phone: '14 0999', url: 'https://www.example.org/contact' },
      privacyStatementUrl: 'https://www.example.org/privacy',
    }),
  );
  const run = (args) => {
    try {
      return execFileSync(process.execPath, [cli, ...args], { cwd: work, encoding: 'utf8' });
    } catch (error) {
      if (error.status === 1) return error.stdout; // findings: exit code 1, as wmebv lint
      throw error;
    }
  };
  run(['import-open-forms', 'export.zip', '--out', 'forms', '--organisation', 'org.json', '--message-type', 'bezwaar']);
  writeFileSync(path.join(work, 'audit.html'), run(['audit', 'forms', '--format', 'html']));
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 1500 }, deviceScaleFactor: 1 });
    await page.goto('file://' + path.join(work, 'audit.html'));
    // Two views: the articles of the first organisation, and the findings of its first form.
    for (const [selector, name, height] of [
      ['main h2', 'audit-report.png', 1500],
      ['section.form', 'audit-report-form.png', 1100],
    ]) {
      await page.setViewportSize({ width: 1000, height });
      await page.evaluate((query) => document.querySelector(query).scrollIntoView(), selector);
      const target = path.join(root, 'docs/images', name);
      await page.screenshot({ path: target });
      console.log(`wrote ${path.relative(root, target)}`);
    }
  } finally {
    await browser.close();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
