// @ts-check
// Issue 15 item 13: back/forward navigation through sessionStorage, in a real Chromium against the
// demo. Playwright's Chromium has no back/forward cache, so "back" loads the page again and the form
// takes its answers up from sessionStorage: the typed answers and the date's three parts come back,
// the step too, and chosen files (never stored) are named with a request to choose them again.
// The `pageshow`/`persisted` rule is a unit test (packages/components/src/form/page-restore.test.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './support/browser-flow.mjs';
import { startDemo, tempDir } from './support/processes.mjs';

describe('back and forward through the objection form (issue 15 item 13)', () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright').Browser} */
  let browser;
  before(async () => {
    [demo, browser] = await Promise.all([startDemo({ WMEBV_DATA_DIR: tempDir('wmebv-back-forward-') }), launchBrowser()]);
  });
  after(async () => {
    await Promise.all([demo?.stop(), browser?.close()]);
  });

  it('brings the answers, the date and the step back, and names the files to choose again', async () => {
    const page = await browser.newPage();
    const heading = page.locator('.wmebv-form__step-heading');
    const control = (id) => page.locator(`[data-field-id="${id}"]`).locator('input, textarea').first();
    const date = page.locator('[data-field-id="datumBesluit"] input');
    await page.goto(`${demo.url}/`);
    await heading.waitFor({ timeout: 60_000 });
    await control('omschrijvingBesluit').fill('Weigering omgevingsvergunning dakkapel');
    await date.nth(0).fill('16');
    await date.nth(1).fill('3');
    await date.nth(2).fill('2026');
    await page.locator('[data-field-id="afschriftBesluit"] input[type=file]').setInputFiles({
      name: 'besluit-dakkapel.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n'),
    });
    await page.getByRole('button', { name: 'Volgende stap' }).click();
    await heading.filter({ hasText: 'Uw bezwaar' }).waitFor({ timeout: 30_000 });
    await control('gronden').fill('De dakkapel past in het straatbeeld.');

    // Away to another page of the site and back, twice (back, forward, back).
    await page.goto(`${demo.url}/outages.json`);
    await page.goBack();
    await page.goForward();
    await page.goBack();
    await heading.filter({ hasText: 'Uw bezwaar' }).waitFor({ timeout: 60_000 });
    assert.equal(await control('gronden').inputValue(), 'De dakkapel past in het straatbeeld.');
    const reattach = page.locator('.wmebv-form__reattach');
    assert.equal(await reattach.getAttribute('role'), 'status');
    const notice = (await reattach.textContent())?.replace(/\s+/g, ' ').trim();
    assert.match(notice ?? '', /Voeg ze opnieuw toe bij: "Kopie van het besluit" \(besluit-dakkapel\.pdf\)/);

    await page.getByRole('button', { name: 'Vorige stap' }).click();
    await heading.filter({ hasText: 'Het besluit' }).waitFor({ timeout: 30_000 });
    assert.equal(await control('omschrijvingBesluit').inputValue(), 'Weigering omgevingsvergunning dakkapel');
    assert.deepEqual(await Promise.all([0, 1, 2].map((n) => date.nth(n).inputValue())), ['16', '03', '2026']);
    await page.close();
  });
});
