import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { ErrorSummaryItem, WmebvDateField, WmebvErrorSummary, WmebvFieldElement, WmebvRadioGroup } from '../index.js';
import { accessibleNode, addHostileStylesheet } from '../../test/helpers.js';
import { residenceOptions } from '../fields/radio-group/radio-group.examples.js';

const OPTIONS = residenceOptions;
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A step of a form as wmebv-form renders it: the summary above fields that show the same messages. */
async function formWithErrors(): Promise<{ root: HTMLElement; summary: WmebvErrorSummary }> {
  const root = await fixture<HTMLElement>(html`<div>
    <wmebv-error-summary></wmebv-error-summary>
    <div style="height: 1500px"></div>
    <wmebv-text-field name="naam" label="Naam" required error="Vul een antwoord in bij &quot;Naam&quot;."></wmebv-text-field>
    <wmebv-radio-group name="woonland" label="Waar woont u?" required error="Kies een antwoord bij &quot;Waar woont u?&quot;." .options=${OPTIONS}></wmebv-radio-group>
    <wmebv-date-field name="datum" label="Datum" required value="2026-02-30" error="Vul een bestaande datum in bij &quot;Datum&quot;."></wmebv-date-field>
    <div style="height: 1500px"></div>
  </div>`);
  const fields = [...root.querySelectorAll<WmebvFieldElement>('wmebv-text-field, wmebv-radio-group, wmebv-date-field')];
  for (const field of fields) await field.updateComplete;
  const summary = root.querySelector('wmebv-error-summary')!;
  summary.errors = fields.map((field) => ({ href: `#${field.controlId}`, message: field.error }));
  await summary.updateComplete;
  return { root, summary };
}

describe('wmebv-error-summary', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('renders nothing and is hidden while there are no errors', async () => {
    const summary = await fixture<WmebvErrorSummary>(html`<wmebv-error-summary></wmebv-error-summary>`);
    expect(summary.hidden).to.equal(true);
    expect(summary.children).to.have.length(0);
    expect(getComputedStyle(summary).display).to.equal('none');
    summary.errors = [{ href: '#x', message: 'Fout' }];
    await summary.updateComplete;
    expect(summary.hidden).to.equal(false);
    summary.errors = [];
    await summary.updateComplete;
    expect(summary.hidden).to.equal(true);
    expect(summary.querySelector('h2')).to.equal(null);
  });

  it('prepare() renders the heading and an empty list while hidden, and the first errors show in them (D2)', async () => {
    const summary = await fixture<WmebvErrorSummary>(html`<wmebv-error-summary></wmebv-error-summary>`);
    summary.prepare();
    await summary.updateComplete;
    const heading = summary.querySelector('h2');
    expect(text(heading)).to.equal('Er is een probleem');
    expect(summary.querySelectorAll('li')).to.have.length(0);
    expect(summary.hidden).to.equal(true);
    expect(getComputedStyle(summary).display).to.equal('none');
    expect(await accessibleNode('heading', 'Er is een probleem'), 'nothing to hear while hidden').to.equal(null);
    summary.errors = [{ href: '#x', message: 'Fout' }];
    summary.focus();
    await summary.updateComplete;
    expect(summary.hidden).to.equal(false);
    expect(summary.querySelector('h2'), 'the heading prepared').to.equal(heading);
    expect(document.activeElement).to.equal(heading);
    expect(await accessibleNode('heading', 'Er is een probleem')).to.exist;
    expect(await accessibleNode('link', 'Fout')).to.exist;
    summary.errors = [];
    await summary.updateComplete;
    expect(summary.hidden).to.equal(true);
    expect(summary.querySelectorAll('li')).to.have.length(0);
  });

  it('shows "Er is een probleem" and one link per error, in the order given, with the messages as given', async () => {
    const errors: ErrorSummaryItem[] = [
      { href: '#b', message: 'Tweede veld eerst' },
      { href: '#a', message: 'Dan het eerste' },
    ];
    const summary = await fixture<WmebvErrorSummary>(html`<wmebv-error-summary .errors=${errors}></wmebv-error-summary>`);
    expect(text(summary.querySelector('h2'))).to.equal('Er is een probleem');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('href'), text(link)])).to.deep.equal([
      ['#b', 'Tweede veld eerst'],
      ['#a', 'Dan het eerste'],
    ]);
    expect(summary.querySelector('[role="alert"]')).to.exist;
  });

  it('says "There is a problem" in English and takes a heading of its own', async () => {
    const summary = await fixture<WmebvErrorSummary>(
      html`<wmebv-error-summary locale="en" .errors=${[{ href: '#a', message: 'x' }]}></wmebv-error-summary>`,
    );
    expect(text(summary.querySelector('h2'))).to.equal('There is a problem');
    summary.heading = 'Controleer dit';
    await summary.updateComplete;
    expect(text(summary.querySelector('h2'))).to.equal('Controleer dit');
  });

  it('focus() focuses the heading, also right after the errors were set', async () => {
    const summary = await fixture<WmebvErrorSummary>(html`<wmebv-error-summary></wmebv-error-summary>`);
    summary.errors = [{ href: '#a', message: 'Fout' }];
    summary.focus();
    await summary.updateComplete;
    const heading = summary.querySelector('h2')!;
    expect(heading.getAttribute('tabindex')).to.equal('-1');
    expect(document.activeElement).to.equal(heading);
    const node = await accessibleNode('heading', 'Er is een probleem');
    expect(node).to.exist;
    expect(node!.focused).to.equal(true);
  });

  it('links to each field control with the same message as the field shows', async () => {
    const { root, summary } = await formWithErrors();
    const links = [...summary.querySelectorAll('a')];
    expect(links).to.have.length(3);
    for (const link of links) {
      const target = root.querySelector(link.getAttribute('href')!)!;
      expect(target, link.getAttribute('href')!).to.exist;
      const field = target.closest<WmebvFieldElement>('wmebv-text-field, wmebv-radio-group, wmebv-date-field')!;
      expect(text(field.querySelector('.wmebv-error-message'))).to.equal(`Fout: ${text(link)}`);
    }
  });

  it('clicking a link focuses the control and shows its question, without changing the URL', async () => {
    const { root, summary } = await formWithErrors();
    const url = location.href;
    const [toName] = [...summary.querySelectorAll('a')];
    toName!.click();
    const field = root.querySelector('wmebv-text-field')!;
    expect(document.activeElement).to.equal(field.querySelector('input'));
    expect(location.href).to.equal(url);
    const label = field.querySelector('label')!.getBoundingClientRect();
    expect(label.top).to.be.within(-1, window.innerHeight - label.height);
  });

  it('following a link to a radio group with Enter focuses the first radio and does not select it', async () => {
    const { root, summary } = await formWithErrors();
    const link = summary.querySelectorAll('a')[1]!;
    link.focus();
    await sendKeys({ press: 'Enter' });
    const group = root.querySelector<WmebvRadioGroup>('wmebv-radio-group')!;
    const first = group.querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(document.activeElement).to.equal(first);
    expect(first.checked).to.equal(false);
    expect(group.value).to.equal('');
    expect(group.querySelector('legend')!.getBoundingClientRect().top).to.be.within(-1, window.innerHeight);
  });

  it('following a link to a date focuses the wrong part (the day of 30 February)', async () => {
    const { root, summary } = await formWithErrors();
    summary.querySelectorAll('a')[2]!.click();
    const date = root.querySelector<WmebvDateField>('wmebv-date-field')!;
    expect(document.activeElement).to.equal(date.querySelector('.wmebv-date-field__input--day'));
  });

  it('following links to a select, a checkbox, a checkbox group and a file upload focuses each control, ticking nothing', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <wmebv-error-summary></wmebv-error-summary>
      <div style="height: 1500px"></div>
      <wmebv-select name="land" label="Land" required error="Kies een land." .options=${OPTIONS}></wmebv-select>
      <wmebv-checkbox name="akkoord" label="Akkoord" required error="Vink aan dat u akkoord gaat."></wmebv-checkbox>
      <wmebv-checkbox-group name="kanaal" label="Kanaal" required error="Kies een kanaal." .options=${OPTIONS}></wmebv-checkbox-group>
      <wmebv-file-upload name="bijlage" label="Bijlage" required error="Voeg een bestand toe."></wmebv-file-upload>
      <div style="height: 1500px"></div>
    </div>`);
    const fields = [...root.querySelectorAll<WmebvFieldElement>('wmebv-select, wmebv-checkbox, wmebv-checkbox-group, wmebv-file-upload')];
    for (const field of fields) await field.updateComplete;
    const summary = root.querySelector('wmebv-error-summary')!;
    summary.errors = fields.map((field) => ({ href: `#${field.controlId}`, message: field.error }));
    await summary.updateComplete;
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((link) => text(link))).to.deep.equal(fields.map((field) => field.error));
    for (const [index, link] of links.entries()) {
      window.scrollTo(0, 0);
      link.focus();
      await sendKeys({ press: 'Enter' });
      const field = fields[index]!;
      const control = field.querySelector(`#${CSS.escape(field.controlId)}`)!;
      expect(document.activeElement, field.localName).to.equal(control);
      expect(text(field.querySelector('.wmebv-error-message'))).to.equal(`Fout: ${text(link)}`);
      const question = field.querySelector('.wmebv-label, .wmebv-legend, .wmebv-checkbox__label')!.getBoundingClientRect();
      expect(question.top, `${field.localName}: question in view`).to.be.within(-1, window.innerHeight);
    }
    expect(root.querySelectorAll('input:checked')).to.have.length(0);
  });

  it('focuses a target outside any field as it is, and leaves unknown targets alone', async () => {
    const root = await fixture<HTMLElement>(html`<div>
      <wmebv-error-summary .errors=${[
        { href: '#akkoord', message: 'Vink aan' },
        { href: '#bestaat-niet', message: 'Weg' },
      ]}></wmebv-error-summary>
      <input type="checkbox" id="akkoord" aria-label="Akkoord" />
    </div>`);
    const summary = root.querySelector('wmebv-error-summary')!;
    await summary.updateComplete;
    const [toCheckbox, toNothing] = [...summary.querySelectorAll('a')];
    toCheckbox!.click();
    expect(document.activeElement).to.equal(root.querySelector('#akkoord'));
    let prevented: boolean | undefined;
    toNothing!.addEventListener('click', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault();
    });
    toNothing!.click();
    expect(prevented).to.equal(false);
  });

  it('finds the control within its own shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<wmebv-error-summary></wmebv-error-summary><wmebv-text-field name="n" label="Naam" error="Fout"></wmebv-text-field>`;
    const field = shadow.querySelector<WmebvFieldElement>('wmebv-text-field')!;
    const summary = shadow.querySelector<WmebvErrorSummary>('wmebv-error-summary')!;
    await field.updateComplete;
    summary.errors = [{ href: `#${field.controlId}`, message: 'Fout' }];
    await summary.updateComplete;
    summary.querySelector('a')!.click();
    expect(shadow.activeElement).to.equal(field.querySelector('input'));
    // Styles were adopted into the shadow root too.
    expect(shadow.adoptedStyleSheets.length).to.be.greaterThan(0);
  });

  it('gives two summaries on one page distinct heading ids', async () => {
    const wrapper = await fixture(html`<div>
      <wmebv-error-summary .errors=${[{ href: '#a', message: 'a' }]}></wmebv-error-summary>
      <wmebv-error-summary .errors=${[{ href: '#b', message: 'b' }]}></wmebv-error-summary>
    </div>`);
    for (const summary of wrapper.querySelectorAll('wmebv-error-summary')) await summary.updateComplete;
    const ids = [...wrapper.querySelectorAll('h2')].map((heading) => heading.id);
    expect(ids[0]).to.not.equal(ids[1]);
  });

  it('passes axe with errors, also under a hostile host stylesheet', async () => {
    const { summary } = await formWithErrors();
    await expect(summary).to.be.accessible();
    const removeHostile = addHostileStylesheet();
    try {
      await expect(summary).to.be.accessible();
      expect(await accessibleNode('link', 'Vul een antwoord in bij "Naam".')).to.exist;
    } finally {
      removeHostile();
    }
  });
});
