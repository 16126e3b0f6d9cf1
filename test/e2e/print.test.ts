/**
 * Issue 15 item 15: printing (or saving as PDF) is clean and complete (Awb 2:17 lid 2). Chromium
 * prints the receipt page and the sender's copy (page.pdf()); pdf.js reads the text and renders
 * each page to an image: every answer is there, no button or navigation is printed, and nothing
 * runs into or past the right margin.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { press, text, until } from '../support/user.js';
import { printToPdf, readPdf, type PdfPage } from '../support/pdf.js';

const ANSWERS = {
  omschrijvingBesluit: 'Weigering omgevingsvergunning dakkapel',
  datumBesluit: '2026-03-16',
  gronden: 'De dakkapel past in het straatbeeld. De buren hebben geen bezwaar.',
  horen: 'ja',
  naam: 'Jan Jansen',
  woonland: 'nl',
  straatHuisnummer: 'Dorpsstraat 1',
  postcode: '1234 AB',
  woonplaats: 'Voorbeeld',
};
/** 15 mm, the copy's `@page` margin and the print margin (page-plugin.mjs), in points: ink may not pass it. */
const MARGIN = (15 / 25.4) * 72;

async function sendObjection(): Promise<WmebvForm> {
  sessionStorage.clear();
  sessionStorage.setItem(
    'wmebv-form:bezwaarschrift@1.0.0',
    JSON.stringify({ values: ANSWERS, stepIndex: 3, declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' } }),
  );
  const form = await fixture<HTMLElement>(html`<div lang="nl">
    <wmebv-form src="/api/forms/bezwaarschrift" action="/api/forms/bezwaarschrift/submissions"></wmebv-form>
  </div>`).then((wrapper) => wrapper.querySelector('wmebv-form')!);
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the review');
  await press(form, 'Verstuur');
  await until(() => form.querySelector('wmebv-receipt [data-status="valid"]'), 'the receipt, checked');
  return form;
}

/** The HTML copy the "Download een kopie (HTML)" button saves. */
async function htmlCopy(form: WmebvForm): Promise<string> {
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let saved: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    saved = blob as Blob;
    return create.call(URL, blob);
  };
  HTMLAnchorElement.prototype.click = () => {};
  try {
    form.querySelector<HTMLButtonElement>('wmebv-receipt button[data-copy-format="html"]')!.click();
    return await (await until(() => saved, 'the HTML copy')).text();
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
}

function expectWithinMargins(pages: PdfPage[], what: string): void {
  for (const [index, page] of pages.entries()) {
    expect(page.textRight, `${what} page ${index + 1}: text ends inside the right margin`).to.be.at.most(page.width - MARGIN + 1);
    expect(page.inkRight, `${what} page ${index + 1}: ink ends inside the right margin`).to.be.at.most(page.width - MARGIN + 1);
    expect(page.inkRight, `${what} page ${index + 1}: something is printed`).to.be.greaterThan(0);
  }
}

describe("printing the receipt and the sender's copy (issue 15 item 15)", function () {
  this.timeout(300_000);

  it('prints the receipt page without buttons, within the margins, reference and next steps included', async () => {
    const form = await sendObjection();
    const reference = text(form.querySelector('wmebv-receipt h2')).replace('Ontvangen met kenmerk ', '');
    const pages = await readPdf(await printToPdf());
    const all = pages.map((page) => page.text).join(' ');
    expect(all).to.include(reference);
    expect(all, 'the check details, printed open').to.include('Controlegetal');
    expect(all, 'the answers').to.include('Weigering omgevingsvergunning dakkapel').and.include('Dorpsstraat 1');
    for (const button of form.querySelectorAll('button')) expect(all, `button "${text(button)}" is not printed`).not.to.include(text(button));
    expectWithinMargins(pages, 'receipt');
  });

  it("prints the sender's copy with every answer, no buttons, within the margins", async () => {
    const form = await sendObjection();
    const pages = await readPdf(await printToPdf(await htmlCopy(form)));
    const all = pages.map((page) => page.text).join(' ');
    for (const answer of [
      'Weigering omgevingsvergunning dakkapel',
      'De dakkapel past in het straatbeeld.',
      'De buren hebben geen bezwaar.',
      'Jan Jansen',
      'Dorpsstraat 1',
      '1234 AB',
      'Voorbeeld',
      '16 maart 2026',
    ]) {
      expect(all, `answer "${answer}" in the printed copy`).to.include(answer);
    }
    expect(all).not.to.match(/Download|Wijzig|Verstuur/);
    expectWithinMargins(pages, 'copy');
  });
});
