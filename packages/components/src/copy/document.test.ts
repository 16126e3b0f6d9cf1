/**
 * The sender's copy as an HTML file (Awb 2:17 lid 2): made with the review's Lit templates and CSS,
 * serialised in the browser into one self-contained document that carries its data as JSON.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { renderSenderCopyHtml } from '@wmebv/components';
import '@wmebv/components';
import { buildSenderCopy, buildReview, loadMessages, parseDefinition, SENDER_COPY_DATA_ID, type SenderCopy } from '@wmebv/core';
import { objection } from '../../../../test/fixtures/objection.js';

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
const definition = parsed.definition;
const hostile = 'Weigering </script><script>alert(1)</script> <b>dakkapel</b> & "meer"';
const values = { omschrijvingBesluit: hostile, datumBesluit: '2026-03-16', gronden: 'Regel één\nRegel twee' };

function copyOf(locale = 'nl'): { source: string; doc: Document; copy: SenderCopy } {
  const copy = buildSenderCopy({ definition, values, locale, madeAt: '2026-04-28T10:00:00+02:00' });
  const source = renderSenderCopyHtml(copy, locale);
  return { source, copy, doc: new DOMParser().parseFromString(source, 'text/html') };
}

describe("the sender's copy as HTML", () => {
  it('carries the copy exactly as JSON, which no answer can break out of', () => {
    const { source, doc, copy } = copyOf();
    const scripts = doc.querySelectorAll('script');
    expect(scripts, 'one script, the data').to.have.length(1);
    expect(scripts[0]!.type).to.equal('application/json');
    expect(JSON.parse(doc.getElementById(SENDER_COPY_DATA_ID)!.textContent!)).to.deep.equal(copy);
    expect(source).to.include(`<script type="application/json" id="${SENDER_COPY_DATA_ID}">`);
    expect(doc.querySelector('b'), 'markup in an answer stays text').to.equal(null);
    expect(doc.querySelector('[data-field-id="omschrijvingBesluit"] dd')!.textContent).to.equal(hostile);
  });

  it("shows the answers with the review step's own list, one section per step", async () => {
    const { doc } = copyOf();
    const review = buildReview(definition, values, [], 'nl');
    const sections = [...doc.querySelectorAll('.wmebv-review .wmebv-review__section')];
    expect(sections.map((section) => section.querySelector('h3')!.textContent)).to.deep.equal(review.map((section) => section.title));
    const rows = doc.querySelectorAll('.wmebv-review .wmebv-summary-list__row');
    expect(rows).to.have.length(review.flatMap((section) => section.items).length);
    // The same markup wmebv-review renders on the page, less the change buttons.
    const page = await fixture<HTMLElement>(html`<wmebv-review readonly .sections=${review}></wmebv-review>`);
    const pageRow = page.querySelector('.wmebv-summary-list__row')!;
    expect([...rows[0]!.children].map((cell) => cell.className)).to.deep.equal([...pageRow.children].map((cell) => cell.className));
    expect(doc.querySelector('[data-field-id="gronden"] .wmebv-summary-list__value')!.innerHTML).to.equal('Regel één<br>Regel twee');
  });

  it('is one self-contained file: its styles in one <style> (tokens and review CSS), no style attributes, nothing fetched, no Lit markers', () => {
    const { source, doc } = copyOf();
    expect(doc.querySelectorAll('link, img, iframe, script[src], [style]')).to.have.length(0);
    const style = doc.querySelectorAll('style');
    expect(style).to.have.length(1);
    expect(style[0]!.textContent).to.include('--wmebv-font-size-m').and.include('.wmebv-summary-list__row').and.include('@media print');
    expect(source).not.to.include('<!--');
    expect(source.startsWith('<!doctype html>\n<html lang="nl">')).to.equal(true);
  });

  it('speaks the language it is made in', async () => {
    await loadMessages('en'); // the form has them once it speaks English; this test calls the function alone
    const { doc } = copyOf('en');
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.match(/^Copy: /);
  });

  it('passes axe, opened on its own', async () => {
    const { source } = copyOf();
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="kopie" style="width: 800px; height: 600px"></iframe>`);
    await new Promise<void>((resolve) => {
      frame.addEventListener('load', () => resolve(), { once: true });
      frame.srcdoc = source;
    });
    const main = frame.contentDocument!.querySelector('main')!;
    const host = await fixture<HTMLElement>(html`<div></div>`);
    host.append(document.importNode(main, true));
    await expect(host).to.be.accessible();
  });
});
