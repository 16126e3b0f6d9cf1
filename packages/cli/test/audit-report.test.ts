import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { json, wmebvWith } from './support/run-cli-browser.js';
import { ORGANISATION, base64, formZip } from './support/open-forms-export.js';

/**
 * The HTML report of `wmebv audit`, opened in Chromium: axe on the whole page's content, what a
 * screen reader gets, and that it is self-contained (no scripts, no external assets, its own CSP).
 */
describe('wmebv audit --format html', function () {
  this.timeout(60_000); // a fresh Node process, then axe on a long page

  let report: string;
  before(async () => {
    const imported = await wmebvWith(['import-open-forms', 'bulk', '--out', 'forms', '--organisation', 'org.json', '--message-type', 'bezwaar'], {
      binaryFiles: { 'bulk/bezwaar.zip': base64(await formZip('bezwaar')), 'bulk/parkeren.zip': base64(await formZip('parkeervergunning')) },
      files: { 'org.json': json(ORGANISATION) },
      collect: 'forms',
    });
    expect(imported.code, imported.stdout).to.equal(0);
    const files = Object.fromEntries(Object.entries(imported.outputs).map(([name, text]) => [`forms/${name}`, text]));
    const run = await wmebvWith(['audit', 'forms', '--format', 'html'], { files });
    expect(run.code).to.equal(1);
    report = run.stdout;
  });

  it('is one self-contained document: a strict CSP with the style by hash, no script, no external asset', () => {
    const page = new DOMParser().parseFromString(report, 'text/html');
    expect(page.documentElement.lang).to.equal('nl');
    expect(page.title).to.equal('Wmebv-audit van de webformulieren');
    const policy = page.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.match(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(page.querySelectorAll('script, link, img, iframe, object, embed')).to.have.length(0);
    const hrefs = [...page.querySelectorAll('[href]')].map((element) => element.getAttribute('href')!);
    expect(hrefs.filter((href) => !href.startsWith('#'))).to.deep.equal([]);
    for (const href of hrefs) expect(page.getElementById(href.slice(1)), href).to.not.equal(null);
    expect(page.querySelectorAll('style')).to.have.length(1);
    expect(page.querySelector('style')!.textContent).to.contain('@media print');
  });

  it('passes axe, with headings in order and tables with header cells', async () => {
    const page = new DOMParser().parseFromString(report, 'text/html');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(...[...page.head.querySelectorAll('style'), ...page.body.childNodes].map((node) => document.importNode(node, true)));
    await expect(host).to.be.accessible();
    const levels = [...host.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => Number(heading.tagName[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0), `heading ${index}`).to.be.at.most(1));
    for (const table of host.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent?.trim()).to.not.equal('');
      expect(table.querySelectorAll('th[scope]').length).to.be.greaterThan(0);
    }
  });

  it('reads as a policy officer needs it: per article what the law asks, what was found, what to check; per form the fix', async () => {
    const page = new DOMParser().parseFromString(report, 'text/html');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(...[...page.body.childNodes].map((node) => document.importNode(node, true)));
    const snapshot = JSON.stringify(await a11ySnapshot({}));
    for (const text of [
      'Gemeente Voorbeeld',
      'Awb 4:4 lid 2',
      'onze afspraak',
      'Wat de wet vraagt',
      'Wat we vonden',
      'Wat iemand nog moet nagaan',
      'Wat deze audit niet kan zien',
      'Awb 2:17 lid 1',
    ]) {
      expect(snapshot, text).to.contain(text);
    }
    const article = [...host.querySelectorAll('section.article')].find((section) =>
      section.querySelector('h4')!.textContent!.startsWith('Awb 2:13'),
    )!;
    expect(article.textContent).to.contain('0 van 2 formulieren voor een formeel bericht verwijzen naar een aanwijzingsbesluit');
    expect(article.textContent).to.not.match(/voldoet/);
    const rows = [...host.querySelectorAll('section.form')]
      .find((section) => section.querySelector('h4')!.textContent === 'Parkeervergunning aanvragen')!
      .querySelectorAll<HTMLTableRowElement>('tbody tr');
    const required = [...rows].find((row) => row.textContent!.includes('required-without-legal-basis'))!;
    expect(required.cells[0]!.textContent).to.match(/^\d+:\d+$/);
    expect(required.cells[3]!.textContent).to.contain('Voeg een "legalBasis" toe');
  });
});
