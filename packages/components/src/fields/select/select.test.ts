import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvSelect } from '../../index.js';
import { accessibleNode, accessibleNodes, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { selectExamples as examples, renderSelect, type SelectArgs } from './select.examples.js';

const COUNTRIES = [
  { value: 'NL', label: 'Nederland' },
  { value: 'BE', label: 'België' },
  { value: 'DE', label: 'Duitsland' },
];
const select = (el: WmebvSelect): HTMLSelectElement => el.querySelector('select')!;
const optionTexts = (el: WmebvSelect): string[] => [...select(el).options].map((option) => option.text);

/** Mounts an example from select.examples.ts, as its story shows it. */
const mount = (example: Example<SelectArgs>, overrides: Partial<SelectArgs> = {}) =>
  mountExample<SelectArgs, WmebvSelect>(renderSelect, example, overrides);

describe('wmebv-select', () => {
  it('renders a real label for the select, the hint, "(niet verplicht)", and a visible empty choice first', async () => {
    const el = await mount(examples.Empty);
    const label = el.querySelector('label')!;
    expect(label.htmlFor).to.equal(select(el).id);
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In welk land woont u? (niet verplicht)');
    expect(optionTexts(el)).to.deep.equal(['Geen antwoord', 'Nederland', 'België', 'Duitsland', 'Frankrijk', 'Een ander land']);
    expect(select(el).options[0]!.value).to.equal('');
    expect(select(el).options[0]!.hidden).to.equal(false);
    expect(el.value, 'nothing chosen by default').to.equal('');
    expect(select(el).name).to.equal('land');
    expect(select(el).required).to.equal(false);
  });

  it('on a required select: no marker, native required, and an empty "Kies een antwoord" so nothing is chosen by itself', async () => {
    const el = await mount(examples.RequiredWithLegalBasis);
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('In welk land woont u?');
    expect(select(el).required).to.equal(true);
    expect(optionTexts(el)[0]).to.equal('Kies een antwoord');
    expect(el.value).to.equal('');
    expect(el.textContent).not.to.include('*');
  });

  it('is heard as a combobox named by its label, described by hint then error, invalid only with an error (accessibility tree)', async () => {
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" hint="Waar woont u?" .options=${COUNTRIES}></wmebv-select>`);
    let node = await accessibleNode('combobox', 'Land (niet verplicht)');
    expect(node, 'combobox in the accessibility tree').to.exist;
    expect(node!.description).to.equal('Waar woont u?');
    expect(node!.invalid).to.equal(undefined);
    el.error = 'Kies een antwoord bij "Land".';
    await el.updateComplete;
    node = await accessibleNode('combobox', 'Land (niet verplicht)');
    expect(node!.description).to.equal('Waar woont u? Fout: Kies een antwoord bij "Land".');
    expect(node!.invalid).to.equal('true');
    expect(select(el).getAttribute('aria-describedby')).to.equal(
      `${el.querySelector('.wmebv-hint')!.id} ${el.querySelector('.wmebv-error-message')!.id}`,
    );
    el.error = '';
    await el.updateComplete;
    expect(select(el).getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
  });

  it('reads options from a JSON attribute, with localized labels, in English', async () => {
    const el = await fixture<WmebvSelect>(
      html`<wmebv-select name="a" label="Country" locale="en" options=${JSON.stringify([{ value: 'NL', label: { nl: 'Nederland', en: 'The Netherlands' } }])}></wmebv-select>`,
    );
    expect(optionTexts(el)).to.deep.equal(['No answer', 'The Netherlands']);
    expect(el.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Country (optional)');
  });

  it('is answered with the keyboard; the value follows, and change bubbles from the select', async () => {
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" .options=${COUNTRIES}></wmebv-select>`);
    select(el).focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'ArrowDown' });
    const change = await changed;
    expect(change.target).to.equal(select(el));
    expect(el.value).to.equal('NL');
  });

  it('chooses the option of a value set, also before the options arrive, and goes back to none with ""', async () => {
    const el = document.createElement('wmebv-select');
    el.label = 'Land';
    el.name = 'land';
    el.value = 'BE';
    document.body.append(el);
    await el.updateComplete;
    expect(el.value).to.equal('BE');
    el.options = COUNTRIES;
    await el.updateComplete;
    expect(select(el).value).to.equal('BE');
    el.value = '';
    expect(select(el).value).to.equal('');
    expect(el.value).to.equal('');
    el.remove();
  });

  it('is submitted once in a plain form, restored by form.reset(), and works with requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-select name="land" label="Land" value="NL" .options=${COUNTRIES}></wmebv-select>
      <button type="submit" name="actie" value="volgende">Volgende</button>
    </form>`);
    const el = form.querySelector('wmebv-select')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('land')).to.deep.equal(['NL']);
    el.value = 'DE';
    expect(new FormData(form).getAll('land')).to.deep.equal(['DE']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('land')).to.deep.equal(['DE']);
    expect(data.get('actie')).to.equal('volgende');

    form.reset();
    expect(el.value).to.equal('NL');
    expect(new FormData(form).getAll('land')).to.deep.equal(['NL']);
  });

  it('submits "" when optional and unanswered, and blocks a plain form while required and unanswered', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-select name="a" label="A" .options=${COUNTRIES}></wmebv-select>
      <wmebv-select name="b" label="B" required .options=${COUNTRIES}></wmebv-select>
    </form>`);
    for (const el of form.querySelectorAll('wmebv-select')) await el.updateComplete;
    expect(new FormData(form).getAll('a')).to.deep.equal(['']);
    expect(form.checkValidity()).to.equal(false);
    form.querySelectorAll('wmebv-select')[1]!.value = 'BE';
    expect(form.checkValidity()).to.equal(true);
  });

  it('is disabled inside <fieldset disabled> and with the disabled attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><wmebv-select name="a" label="A" value="NL" .options=${COUNTRIES}></wmebv-select></fieldset>
      <wmebv-select name="b" label="B" value="NL" disabled .options=${COUNTRIES}></wmebv-select>
    </form>`);
    const [a, b] = [...form.querySelectorAll('wmebv-select')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(select(a!).matches(':disabled')).to.equal(true);
    expect(select(b!).disabled).to.equal(true);
    expect(new FormData(form).has('a')).to.equal(false);
    expect(new FormData(form).has('b')).to.equal(false);
  });

  it('passes the autocomplete token to the select', async () => {
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" autocomplete="country" .options=${COUNTRIES}></wmebv-select>`);
    expect(select(el).getAttribute('autocomplete')).to.equal('country');
  });

  it('shows "Waarom vragen we dit?" for a required select with a legal basis', async () => {
    const el = await fixture<WmebvSelect>(
      html`<wmebv-select name="land" label="Land" required .legalBasis=${AWB_6_5} .options=${COUNTRIES}></wmebv-select>`,
    );
    expect(el.querySelector('details summary')!.textContent!.trim()).to.match(/^Waarom vragen we dit\? \(.+\)$/); // the question's label is visually hidden
  });

  it('does not validate on its own: no error on first render, after choosing or after leaving it', async () => {
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" required .options=${COUNTRIES}></wmebv-select>`);
    select(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    select(el).blur();
    await el.updateComplete;
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
    expect(select(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('focusControl() focuses the select; two selects on a page have distinct ids', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-select name="land" label="A" hint="h" error="e" .options=${COUNTRIES}></wmebv-select></form>
      <form><wmebv-select name="land" label="B" hint="h" error="e" .options=${COUNTRIES}></wmebv-select></form>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-select')];
    await a!.updateComplete;
    await b!.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    b!.focusControl();
    expect(document.activeElement).to.equal(select(b!));
    expect(b!.controlId).to.equal(select(b!).id);
    a!.value = 'BE';
    expect(b!.value).to.equal('');
  });

  it('keeps its name and description under a hostile host stylesheet, and is at least 44px high', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvSelect>(
        html`<wmebv-select name="land" label="Land" hint="Hint" error="Kies" .options=${COUNTRIES}></wmebv-select>`,
      );
      const node = await accessibleNode('combobox', 'Land (niet verplicht)');
      expect(node).to.exist;
      expect(node!.description).to.equal('Hint Fout: Kies');
      el.querySelector('label')!.click();
      expect(document.activeElement).to.equal(select(el));
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" .options=${COUNTRIES}></wmebv-select>`);
    expect(select(el).getBoundingClientRect().height).to.be.at.least(44);
  });

  it('passes axe when empty, chosen, with an error and with a legal basis', async () => {
    const el = await fixture<WmebvSelect>(html`<wmebv-select name="land" label="Land" hint="Hint" .options=${COUNTRIES}></wmebv-select>`);
    await expect(el).to.be.accessible();
    el.value = 'NL';
    await expect(el).to.be.accessible();
    el.error = 'Kies een antwoord bij "Land".';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(await accessibleNodes('combobox')).to.have.length(1);
  });
});
