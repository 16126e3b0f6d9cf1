// @ts-check
// The whole objection flow in a real Chromium (Playwright, Debian's browser) against a real
// server process, recording every Content-Security-Policy violation the page reports.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../../scripts/lib/chromium-args.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: [...CHROMIUM_ARGS] });
}

/**
 * Opens `url`, fills in the objection form with the keyboard, reviews, agrees, sends and waits for
 * the receipt; switches the language on the way. Returns the page's document CSP header, the CSP
 * violations (`securitypolicyviolation` events and console reports) and the receipt heading.
 * @param {import('playwright').Browser} browser
 * @param {string} url
 */
export async function objectionFlow(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  /** @type {string[]} */
  const violations = [];
  await page.exposeFunction('__reportViolation', (text) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      // @ts-expect-error set by exposeFunction
      window.__reportViolation(`${event.violatedDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  try {
    const response = await page.goto(`${url}/?lang=en`);
    const csp = response?.headers()['content-security-policy'];
    const headers = response?.headers() ?? {};
    await page.locator('.wmebv-form__step-heading').waitFor({ timeout: 30_000 });
    // Back to Dutch through the language switch, as a visitor would.
    await page.getByRole('link', { name: 'Nederlands' }).click();
    // In place, without reloading: the heading turns Dutch.
    await page.locator('.wmebv-form__step-heading', { hasText: 'Het besluit' }).waitFor({ timeout: 30_000 });
    const fieldControl = (id, selector = 'input, textarea') => page.locator(`[data-field-id="${id}"]`).locator(selector).first();
    const next = async (heading) => {
      await page.getByRole('button', { name: /Volgende stap|Naar controleren/ }).click();
      await page.locator('.wmebv-form__step-heading', { hasText: heading }).waitFor({ timeout: 30_000 });
    };
    await fieldControl('omschrijvingBesluit').fill('Weigering omgevingsvergunning dakkapel');
    const date = page.locator('[data-field-id="datumBesluit"] input');
    await date.nth(0).fill('16');
    await date.nth(1).fill('3');
    await date.nth(2).fill('2026');
    await next('Uw bezwaar');
    await fieldControl('gronden').fill('De dakkapel past in het straatbeeld.');
    await page.locator('[data-field-id="horen"] input[value="ja"]').check();
    await next('Uw gegevens');
    await fieldControl('naam').fill('Jan Jansen');
    await page.locator('[data-field-id="woonland"] input[value="nl"]').check();
    await fieldControl('straatHuisnummer').fill('Dorpsstraat 1');
    await fieldControl('postcode').fill('1234ab');
    await fieldControl('woonplaats').fill('Voorbeeld');
    await next('Controleer uw antwoorden');
    await page.locator('input[name="verklaring"]').check();
    await page.getByRole('button', { name: 'Verstuur', exact: true }).click();
    const heading = (await page.locator('wmebv-receipt h2').textContent({ timeout: 30_000 })) ?? '';
    // Let any report raised by the last render arrive.
    await page.evaluate(() => new Promise((resolve) => globalThis.requestAnimationFrame(() => setTimeout(resolve, 0))));
    return { csp, headers, violations, heading: heading.replace(/\s+/g, ' ').trim() };
  } finally {
    await context.close();
  }
}
