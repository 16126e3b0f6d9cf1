// What a citizen does with the objection form (demo/forms/bezwaarschrift.json), in Playwright:
// the form renders, refuses to move on with a required answer missing (the error summary), and
// sends to the intake server, which answers with the receipt. The page sets
// `document.body.dataset.submitted` from the `wmebv-submitted` event, so the event is checked too.
const WAIT = { timeout: 30_000 };

/** @param {import('playwright').Page} page */
export async function objectionFlow(page, url) {
  await page.goto(url);
  const form = page.locator('wmebv-form');
  await form.locator('.wmebv-form__step-heading').waitFor(WAIT);
  const name = (await form.locator('.wmebv-form__step-heading').textContent())?.trim();
  if (!name?.includes('Het besluit')) throw new Error(`first step heading was "${name}"`);

  // Validates: moving on without the required description shows the error summary.
  await form.getByRole('button', { name: /Volgende stap/ }).click();
  await form.locator('wmebv-error-summary a').first().waitFor(WAIT);

  await field(form, 'omschrijvingBesluit').locator('textarea').fill('Weigering omgevingsvergunning dakkapel');
  const date = field(form, 'datumBesluit').locator('input');
  await date.nth(0).fill('16');
  await date.nth(1).fill('3');
  await date.nth(2).fill('2026');
  await next(form, 'Uw bezwaar');
  await field(form, 'gronden').locator('textarea').fill('De dakkapel past in het straatbeeld.');
  await next(form, 'Uw gegevens');
  await field(form, 'naam').locator('input').fill('Jan Jansen');
  await field(form, 'woonland').locator('input[value="buitenland"]').check();
  await field(form, 'buitenlandsAdres').locator('textarea').fill('Rue de la Loi 16\n1000 Brussel\nBelgië');
  await next(form, 'Controleer uw antwoorden');
  await form.locator('input[name="verklaring"]').check();
  await form.getByRole('button', { name: 'Verstuur', exact: true }).click();

  const heading = form.locator('wmebv-receipt h2');
  await heading.waitFor(WAIT);
  const receipt = (await heading.textContent())?.trim() ?? '';
  if (!/^Ontvangen met kenmerk BZW-/.test(receipt)) throw new Error(`receipt heading was "${receipt}"`);
  await page.waitForFunction(() => document.body.dataset.submitted, undefined, WAIT);
  const submitted = await page.evaluate(() => document.body.dataset.submitted);
  if (!receipt.endsWith(submitted ?? '∅')) throw new Error(`wmebv-submitted gave "${submitted}", the receipt says "${receipt}"`);
  return receipt;
}

function field(form, id) {
  return form.locator(`[data-field-id="${id}"]`);
}

async function next(form, heading) {
  await form.getByRole('button', { name: /Volgende stap|Naar controleren/ }).click();
  await form.locator('.wmebv-form__step-heading', { hasText: heading }).waitFor(WAIT);
}
