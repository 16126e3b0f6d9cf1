import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvCheckboxGroup } from '../../index.js';
import { accessibleNode, accessibleNodes, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { checkboxGroupExamples as examples, renderCheckboxGroup, type CheckboxGroupArgs } from './checkbox-group.examples.js';

const CHANNELS = [
  { value: 'post', label: 'Per post' },
  { value: 'email', label: 'Per e-mail' },
  { value: 'telefoon', label: 'Telefonisch' },
];
const boxes = (el: WmebvCheckboxGroup): HTMLInputElement[] => [...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts an example from checkbox-group.examples.ts, as its story shows it. */
const mount = (example: Example<CheckboxGroupArgs>, overrides: Partial<CheckboxGroupArgs> = {}) =>
  mountExample<CheckboxGroupArgs, WmebvCheckboxGroup>(renderCheckboxGroup, example, overrides);

describe('wmebv-checkbox-group', () => {
  it('renders a fieldset with the question as legend (with the optional marker), the hint, and a labelled checkbox per option', async () => {
    const el = await mount(examples.Empty);
    const fieldset = el.querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend'))).to.equal('Waar gaat uw bezwaar over? (niet verplicht)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(el.querySelector('.wmebv-hint')!.id);
    expect(boxes(el).map((box) => [box.name, box.value, box.labels![0]!.textContent])).to.deep.equal([
      ['onderwerp', 'hoogte', 'De hoogte van het bedrag'],
      ['onderwerp', 'termijn', 'De termijn'],
      ['onderwerp', 'voorwaarden', 'De voorwaarden'],
      ['onderwerp', 'anders', 'Iets anders'],
    ]);
    expect(el.value).to.deep.equal([]);
  });

  it('is a fieldset named by its legend, with checkboxes heard by their labels, invalid only with an error (accessibility tree)', async () => {
    const el = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="kanaal" label="Hoe wilt u antwoord?" hint="Kies alles wat van toepassing is" required .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    // Puppeteer's snapshot leaves groups out: the group's name is its legend (native fieldset), checked in the DOM.
    expect(el.querySelector('fieldset > legend')!.textContent!.trim()).to.equal('Hoe wilt u antwoord?');
    let nodes = await accessibleNodes('checkbox');
    expect(nodes.map((node) => node.name)).to.deep.equal(['Per post', 'Per e-mail', 'Telefonisch']);
    expect(nodes.map((node) => node.invalid)).to.deep.equal([undefined, undefined, undefined]);
    el.error = 'Kies een antwoord bij "Hoe wilt u antwoord?".';
    await el.updateComplete;
    nodes = await accessibleNodes('checkbox');
    expect(nodes.map((node) => node.invalid)).to.deep.equal(['true', 'true', 'true']);
    const described = el.querySelector('fieldset')!.getAttribute('aria-describedby')!.split(' ');
    expect(described.map((id) => text(document.getElementById(id)))).to.deep.equal([
      'Kies alles wat van toepassing is',
      'Fout: Kies een antwoord bij "Hoe wilt u antwoord?".',
    ]);
    el.error = '';
    await el.updateComplete;
    expect(boxes(el).map((box) => box.getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('never puts native required on the checkboxes (that would demand every box); the legend has no marker when required', async () => {
    const el = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="k" label="Kanaal" required .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    expect(boxes(el).some((box) => box.required)).to.equal(false);
    expect(text(el.querySelector('legend'))).to.equal('Kanaal');
    expect(el.textContent).not.to.include('*');
  });

  it('is answered with the keyboard (Tab, Space); value lists the ticked values in option order', async () => {
    const el = await fixture<WmebvCheckboxGroup>(html`<wmebv-checkbox-group name="k" label="Kanaal" .options=${CHANNELS}></wmebv-checkbox-group>`);
    boxes(el)[0]!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(boxes(el)[1]);
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Space' });
    expect((await changed).target).to.equal(boxes(el)[1]);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    expect(el.value).to.deep.equal(['post', 'email']);
  });

  it('ticks exactly the boxes of a value set, also before the options arrive; [] unticks all; reads a JSON or comma-separated attribute', async () => {
    const el = document.createElement('wmebv-checkbox-group');
    el.label = 'Kanaal';
    el.name = 'k';
    el.value = ['telefoon', 'post'];
    document.body.append(el);
    await el.updateComplete;
    expect(el.value).to.deep.equal(['telefoon', 'post']);
    el.options = CHANNELS;
    await el.updateComplete;
    expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, false, true]);
    expect(el.value).to.deep.equal(['post', 'telefoon']);
    el.value = [];
    expect(boxes(el).some((box) => box.checked)).to.equal(false);
    el.remove();

    const json = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="k" label="K" value='["email"]' .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    expect(json.value).to.deep.equal(['email']);
    const list = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="k" label="K" value="post, telefoon" .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    expect(list.value).to.deep.equal(['post', 'telefoon']);
  });

  it('submits one entry per ticked box, once each; form.reset() returns to the initial ones; requestSubmit works', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-checkbox-group name="kanaal" label="Kanaal" .value=${['post']} .options=${CHANNELS}></wmebv-checkbox-group>
      <button type="submit" name="actie" value="volgende">Volgende</button>
    </form>`);
    const el = form.querySelector('wmebv-checkbox-group')!;
    el.defaultValue = ['email'];
    await el.updateComplete;
    expect(new FormData(form).getAll('kanaal')).to.deep.equal(['post']);
    boxes(el)[2]!.click();
    expect(new FormData(form).getAll('kanaal')).to.deep.equal(['post', 'telefoon']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('kanaal')).to.deep.equal(['post', 'telefoon']);
    expect(data.get('actie')).to.equal('volgende');

    form.reset();
    expect(el.value).to.deep.equal(['email']);
    expect(new FormData(form).getAll('kanaal')).to.deep.equal(['email']);
  });

  it('is disabled inside <fieldset disabled>: nothing submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>
      <wmebv-checkbox-group name="k" label="Kanaal" value="post" .options=${CHANNELS}></wmebv-checkbox-group>
    </fieldset></form>`);
    const el = form.querySelector('wmebv-checkbox-group')!;
    await el.updateComplete;
    expect(boxes(el).every((box) => box.matches(':disabled'))).to.equal(true);
    expect(new FormData(form).has('k')).to.equal(false);
  });

  it('focusControl() focuses the first checkbox and never ticks it; controlId is the first checkbox', async () => {
    const wrapper = await fixture(html`<div>
      <div style="height: 3000px"></div>
      <wmebv-checkbox-group name="k" label="Kanaal" error="Kies" .options=${CHANNELS}></wmebv-checkbox-group>
    </div>`);
    const el = wrapper.querySelector('wmebv-checkbox-group')!;
    await el.updateComplete;
    window.scrollTo(0, 0);
    expect(el.controlId).to.equal(boxes(el)[0]!.id);
    el.focusControl();
    expect(document.activeElement).to.equal(boxes(el)[0]);
    expect(boxes(el).some((box) => box.checked)).to.equal(false);
    expect(el.value).to.deep.equal([]);
    expect(el.querySelector('legend')!.getBoundingClientRect().top).to.be.within(-1, window.innerHeight);
    window.scrollTo(0, 0);
  });

  it('shows "Waarom vragen we dit?" for a required group with a legal basis, and English words', async () => {
    const el = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="k" label="Channel" locale="en" .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    expect(text(el.querySelector('legend'))).to.equal('Channel (optional)');
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    expect(el.querySelector('fieldset details summary')!.textContent!.trim()).to.match(/^Why do we ask this\? \(.+\)$/); // the question's label is visually hidden
  });

  it('gives two groups with the same name in two forms distinct ids and independent answers', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-checkbox-group name="k" label="A" hint="h" error="e" .options=${CHANNELS}></wmebv-checkbox-group></form>
      <form><wmebv-checkbox-group name="k" label="B" hint="h" error="e" .options=${CHANNELS}></wmebv-checkbox-group></form>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-checkbox-group')];
    await a!.updateComplete;
    await b!.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    boxes(a!)[0]!.click();
    boxes(b!)[2]!.click();
    expect([a!.value, b!.value]).to.deep.equal([['post'], ['telefoon']]);
  });

  it('keeps names under a hostile host stylesheet, and every row at least 44px high', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvCheckboxGroup>(
        html`<wmebv-checkbox-group name="k" label="Kanaal" error="Kies" .options=${CHANNELS}></wmebv-checkbox-group>`,
      );
      expect(await accessibleNode('checkbox', 'Per e-mail')).to.exist;
      boxes(el)[1]!.labels![0]!.click();
      expect(el.value).to.deep.equal(['email']);
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
    const el = await fixture<WmebvCheckboxGroup>(html`<wmebv-checkbox-group name="k" label="Kanaal" .options=${CHANNELS}></wmebv-checkbox-group>`);
    for (const row of el.querySelectorAll('.wmebv-checkbox')) expect(row.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('passes axe when empty, answered, with an error and a legal basis', async () => {
    const el = await fixture<WmebvCheckboxGroup>(
      html`<wmebv-checkbox-group name="k" label="Kanaal" hint="Hint" .options=${CHANNELS}></wmebv-checkbox-group>`,
    );
    await expect(el).to.be.accessible();
    el.value = ['post', 'email'];
    await expect(el).to.be.accessible();
    el.error = 'Kies een antwoord bij "Kanaal".';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
