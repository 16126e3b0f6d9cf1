import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvCheckbox } from '../../index.js';
import { accessibleNode, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { checkboxExamples, renderCheckbox, type CheckboxArgs } from './checkbox.examples.js';

/** Mounts an example from checkbox.examples.ts, as its story shows it. */
const mount = (example: Example<CheckboxArgs>, overrides: Partial<CheckboxArgs> = {}) =>
  mountExample<CheckboxArgs, WmebvCheckbox>(renderCheckbox, example, overrides);

const box = (el: WmebvCheckbox): HTMLInputElement => el.querySelector('input[type="checkbox"]')!;
const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('wmebv-checkbox', () => {
  it('renders one native checkbox with its label beside it, the hint under it, and "(niet verplicht)" when optional', async () => {
    const el = await mount(checkboxExamples.Empty);
    const label = el.querySelector('label')!;
    expect(label.htmlFor).to.equal(box(el).id);
    expect(text(label)).to.equal('Stuur mij bericht als mijn bezwaar in behandeling is genomen (niet verplicht)');
    expect(el.querySelectorAll('label')).to.have.length(1);
    const hint = el.querySelector('.wmebv-hint')!;
    expect(box(el).compareDocumentPosition(hint) & Node.DOCUMENT_POSITION_FOLLOWING, 'hint after the box').to.not.equal(0);
    expect(box(el).checked).to.equal(false);
    expect(el.textContent).not.to.include('*');
  });

  it('is heard as a checkbox named by its label, described by hint then error, invalid only with an error (accessibility tree)', async () => {
    const el = await fixture<WmebvCheckbox>(
      html`<wmebv-checkbox name="akkoord" label="Ik ga akkoord" hint="Lees eerst de verklaring" required></wmebv-checkbox>`,
    );
    let node = await accessibleNode('checkbox', 'Ik ga akkoord');
    expect(node, 'checkbox in the accessibility tree').to.exist;
    expect(node!.description).to.equal('Lees eerst de verklaring');
    // Chromium does not expose `required` on a checkbox in the snapshot: checked on the native control.
    expect(box(el).required).to.equal(true);
    expect(node!.invalid).to.equal(undefined);
    expect(node!.checked).to.equal(false);
    el.error = 'Vink aan dat u akkoord gaat met de verklaring.';
    await el.updateComplete;
    node = await accessibleNode('checkbox', 'Ik ga akkoord');
    expect(node!.description).to.equal('Lees eerst de verklaring Fout: Vink aan dat u akkoord gaat met de verklaring.');
    expect(node!.invalid).to.equal('true');
    el.error = '';
    await el.updateComplete;
    expect(box(el).getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
  });

  it('is required natively (must be ticked) only when required; no marker then', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord"></wmebv-checkbox>`);
    expect(box(el).required).to.equal(false);
    el.required = true;
    await el.updateComplete;
    expect(box(el).required).to.equal(true);
    expect(text(el.querySelector('label'))).to.equal('Akkoord');
  });

  it('is ticked with the space bar and by clicking its label; checked follows; change bubbles from the checkbox', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord"></wmebv-checkbox>`);
    box(el).focus();
    const changed = oneEvent(el, 'change');
    await sendKeys({ press: 'Space' });
    expect((await changed).target).to.equal(box(el));
    expect(el.checked).to.equal(true);
    el.querySelector('label')!.click();
    expect(el.checked).to.equal(false);
  });

  it('submits its value under its name only while ticked, once; reset returns to the checked attribute; requestSubmit works', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-checkbox name="akkoord" label="Akkoord" value="ja"></wmebv-checkbox>
      <wmebv-checkbox name="post" label="Per post" checked></wmebv-checkbox>
      <button type="submit" name="actie" value="verstuur">Verstuur</button>
    </form>`);
    const [a, b] = [...form.querySelectorAll('wmebv-checkbox')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(new FormData(form).has('akkoord')).to.equal(false);
    expect(new FormData(form).getAll('post')).to.deep.equal(['on']);
    a!.checked = true;
    b!.checked = false;
    expect(new FormData(form).getAll('akkoord')).to.deep.equal(['ja']);
    expect(new FormData(form).has('post')).to.equal(false);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('akkoord')).to.deep.equal(['ja']);
    expect(data.get('actie')).to.equal('verstuur');

    form.reset();
    expect([a!.checked, b!.checked]).to.deep.equal([false, true]);
  });

  it('blocks a plain form while a required checkbox is not ticked', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wmebv-checkbox name="a" label="Akkoord" required></wmebv-checkbox></form>`);
    const el = form.querySelector('wmebv-checkbox')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    el.checked = true;
    expect(form.checkValidity()).to.equal(true);
  });

  it('takes checked set before it renders (as wmebv-form does with .checked)', async () => {
    const el = document.createElement('wmebv-checkbox');
    el.label = 'Akkoord';
    el.checked = true;
    document.body.append(el);
    await el.updateComplete;
    expect(box(el).checked).to.equal(true);
    expect(el.checked).to.equal(true);
    el.remove();
  });

  it('is disabled inside <fieldset disabled> and with the disabled attribute; nothing submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><wmebv-checkbox name="a" label="A" checked></wmebv-checkbox></fieldset>
      <wmebv-checkbox name="b" label="B" checked disabled></wmebv-checkbox>
    </form>`);
    const [a, b] = [...form.querySelectorAll('wmebv-checkbox')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(box(a!).matches(':disabled')).to.equal(true);
    expect(box(b!).disabled).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('does not validate on its own: no error after ticking and unticking, or on leaving it', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord" required></wmebv-checkbox>`);
    box(el).focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    box(el).blur();
    await el.updateComplete;
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
    expect(box(el).getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows "Waarom vragen we dit?" for a required checkbox with a legal basis', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord" required .legalBasis=${AWB_6_5}></wmebv-checkbox>`);
    expect(el.querySelector('details summary')!.textContent!.trim()).to.match(/^Waarom vragen we dit\? \(.+\)$/); // the question's label is visually hidden
  });

  it('says "(optional)" in English', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Send me the newsletter" locale="en"></wmebv-checkbox>`);
    expect(text(el.querySelector('label'))).to.equal('Send me the newsletter (optional)');
  });

  it('focusControl() focuses the checkbox without ticking it; two on a page have distinct ids', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-checkbox name="a" label="A" hint="h" error="e"></wmebv-checkbox></form>
      <form><wmebv-checkbox name="a" label="B" hint="h" error="e"></wmebv-checkbox></form>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-checkbox')];
    await a!.updateComplete;
    await b!.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    b!.focusControl();
    expect(document.activeElement).to.equal(box(b!));
    expect(b!.checked).to.equal(false);
    a!.checked = true;
    expect(b!.checked).to.equal(false);
  });

  it('keeps its name under a hostile host stylesheet, and the row is at least 44px high', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord" hint="Hint" error="Vink aan"></wmebv-checkbox>`);
      const node = await accessibleNode('checkbox', 'Akkoord (niet verplicht)');
      expect(node).to.exist;
      expect(node!.description).to.equal('Hint Fout: Vink aan');
      el.querySelector('label')!.click();
      expect(el.checked).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord"></wmebv-checkbox>`);
    expect(el.querySelector('.wmebv-checkbox')!.getBoundingClientRect().height).to.be.at.least(44);
    expect(box(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it('passes axe when empty, ticked, with an error and with a legal basis', async () => {
    const el = await fixture<WmebvCheckbox>(html`<wmebv-checkbox name="a" label="Akkoord" hint="Hint"></wmebv-checkbox>`);
    await expect(el).to.be.accessible();
    el.checked = true;
    await expect(el).to.be.accessible();
    el.error = 'Vink aan dat u akkoord gaat met de verklaring.';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
