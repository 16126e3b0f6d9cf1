import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvRadioGroup } from '../../index.js';
import { accessibleNode, accessibleNodes, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { radioGroupExamples as examples, renderRadioGroup, residenceOptions, type RadioGroupArgs } from './radio-group.examples.js';

const OPTIONS = residenceOptions;
const radios = (el: WmebvRadioGroup): HTMLInputElement[] => [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

/** Mounts an example from radio-group.examples.ts, as its story shows it. */
const mount = (example: Example<RadioGroupArgs>, overrides: Partial<RadioGroupArgs> = {}) =>
  mountExample<RadioGroupArgs, WmebvRadioGroup>(renderRadioGroup, example, overrides);

describe('wmebv-radio-group', () => {
  it('renders a fieldset with the question as legend (with the optional marker), the hint, and a labelled radio per option', async () => {
    const el = await mount(examples.WithHint);
    const fieldset = el.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Waar woont u? (niet verplicht)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(el.querySelector('.wmebv-hint')!.id);
    expect(radios(el).map((radio) => [radio.name, radio.value, radio.labels![0]!.textContent])).to.deep.equal([
      ['woonland', 'nl', 'In Nederland'],
      ['woonland', 'buitenland', 'In het buitenland'],
    ]);
  });

  it('reads options from a JSON attribute, and localized labels', async () => {
    const el = await fixture<WmebvRadioGroup>(
      html`<wmebv-radio-group name="a" label="Keuze" locale="en" options=${JSON.stringify([{ value: 'j', label: { nl: 'Ja', en: 'Yes' } }])}></wmebv-radio-group>`,
    );
    expect(radios(el)[0]!.labels![0]!.textContent).to.equal('Yes');
  });

  it('is heard as radios named by their labels, required, invalid only with an error (accessibility tree)', async () => {
    const el = await mount(examples.RequiredWithLegalBasis);
    let nodes = await accessibleNodes('radio');
    expect(nodes.map((node) => node.name)).to.deep.equal(['In Nederland', 'In het buitenland']);
    // Chromium reports an unanswered required radio group as invalid by itself; the element says
    // "not invalid" until someone sets an error.
    expect(nodes.map((node) => node.invalid)).to.deep.equal([undefined, undefined]);
    el.error = 'Kies een antwoord bij "Waar woont u?".';
    await el.updateComplete;
    nodes = await accessibleNodes('radio');
    expect(nodes.map((node) => node.invalid)).to.deep.equal(['true', 'true']);
    expect(radios(el).map((radio) => radio.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true']);
    el.error = '';
    await el.updateComplete;
    expect(radios(el).map((radio) => radio.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false']);
  });

  it('describes the group by hint then error', async () => {
    const el = await fixture<WmebvRadioGroup>(
      html`<wmebv-radio-group name="w" label="Waar?" hint="Hint" error="Kies" .options=${OPTIONS}></wmebv-radio-group>`,
    );
    const ids = el.querySelector('fieldset')!.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Hint', 'Fout: Kies']);
  });

  it('puts native required on every radio only when required', async () => {
    const el = await fixture<WmebvRadioGroup>(html`<wmebv-radio-group name="w" label="Waar?" .options=${OPTIONS}></wmebv-radio-group>`);
    expect(radios(el).map((radio) => radio.required)).to.deep.equal([false, false]);
    el.required = true;
    await el.updateComplete;
    expect(radios(el).map((radio) => radio.required)).to.deep.equal([true, true]);
  });

  it('is answered with the keyboard: space checks, arrows move; value is the checked value', async () => {
    const el = await fixture<WmebvRadioGroup>(html`<wmebv-radio-group name="w" label="Waar?" .options=${OPTIONS}></wmebv-radio-group>`);
    expect(el.value).to.equal('');
    radios(el)[0]!.focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Space' });
    const change = await changed;
    expect(change.target).to.equal(radios(el)[0]);
    expect(el.value).to.equal('nl');
    await sendKeys({ press: 'ArrowDown' });
    expect(el.value).to.equal('buitenland');
    expect(document.activeElement).to.equal(radios(el)[1]);
  });

  it('checks the radio of a value set, also before the options arrive, and unchecks all for ""', async () => {
    const el = document.createElement('wmebv-radio-group');
    el.label = 'Waar?';
    el.name = 'w';
    el.value = 'buitenland';
    document.body.append(el);
    await el.updateComplete;
    expect(el.value).to.equal('buitenland');
    el.options = OPTIONS;
    await el.updateComplete;
    expect(radios(el)[1]!.checked).to.equal(true);
    expect(el.value).to.equal('buitenland');
    el.value = '';
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
    expect(el.value).to.equal('');
    el.remove();
  });

  it('is submitted once in a plain form, restored by form.reset(), and works with requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-radio-group name="woonland" label="Waar?" value="nl" .options=${OPTIONS}></wmebv-radio-group>
      <button type="submit" name="actie" value="volgende">Volgende</button>
    </form>`);
    const el = form.querySelector('wmebv-radio-group')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('woonland')).to.deep.equal(['nl']);
    radios(el)[1]!.click();
    expect(new FormData(form).getAll('woonland')).to.deep.equal(['buitenland']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('woonland')).to.deep.equal(['buitenland']);
    expect(data.get('actie')).to.equal('volgende');

    form.reset();
    expect(el.value).to.equal('nl');
    expect(new FormData(form).getAll('woonland')).to.deep.equal(['nl']);
  });

  it('is disabled inside <fieldset disabled>', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <wmebv-radio-group name="w" label="Waar?" value="nl" .options=${OPTIONS}></wmebv-radio-group>
    </fieldset></form>`);
    const el = form.querySelector('wmebv-radio-group')!;
    await el.updateComplete;
    expect(radios(el).every((radio) => radio.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('w')).to.equal(false);
  });

  it('focusControl() focuses the first radio without selecting it; controlId is the first radio', async () => {
    const el = await fixture<WmebvRadioGroup>(html`<wmebv-radio-group name="w" label="Waar?" error="Kies" .options=${OPTIONS}></wmebv-radio-group>`);
    expect(el.controlId).to.equal(radios(el)[0]!.id);
    el.focusControl();
    expect(document.activeElement).to.equal(radios(el)[0]);
    expect(radios(el).some((radio) => radio.checked)).to.equal(false);
    expect(el.value).to.equal('');
  });

  it('groups radios without a name under a generated one, so arrow keys work', async () => {
    const el = await fixture<WmebvRadioGroup>(html`<wmebv-radio-group label="Waar?" .options=${OPTIONS}></wmebv-radio-group>`);
    const [a, b] = radios(el);
    expect(a!.name).to.not.equal('');
    expect(a!.name).to.equal(b!.name);
  });

  it('gives two groups with the same name in two forms distinct ids and independent answers', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-radio-group name="w" label="A" .options=${OPTIONS}></wmebv-radio-group></form>
      <form><wmebv-radio-group name="w" label="B" .options=${OPTIONS}></wmebv-radio-group></form>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-radio-group')];
    await a!.updateComplete;
    await b!.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    radios(a!)[0]!.click();
    radios(b!)[1]!.click();
    expect([a!.value, b!.value]).to.deep.equal(['nl', 'buitenland']);
  });

  it('keeps option names under a hostile host stylesheet and every row at least 44px high', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvRadioGroup>(
        html`<wmebv-radio-group name="w" label="Waar?" error="Kies" .options=${OPTIONS}></wmebv-radio-group>`,
      );
      expect(await accessibleNode('radio', 'In Nederland')).to.exist;
      radios(el)[1]!.labels![0]!.click();
      expect(el.value).to.equal('buitenland');
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
    const el = await fixture<WmebvRadioGroup>(html`<wmebv-radio-group name="w" label="Waar?" .options=${OPTIONS}></wmebv-radio-group>`);
    for (const row of el.querySelectorAll('.wmebv-radio')) expect(row.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('passes axe when empty, answered, with an error and a legal basis', async () => {
    const el = await fixture<WmebvRadioGroup>(
      html`<wmebv-radio-group name="w" label="Waar woont u?" hint="Hint" .options=${OPTIONS}></wmebv-radio-group>`,
    );
    await expect(el).to.be.accessible();
    el.value = 'nl';
    await expect(el).to.be.accessible();
    el.error = 'Kies een antwoord bij "Waar woont u?".';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
