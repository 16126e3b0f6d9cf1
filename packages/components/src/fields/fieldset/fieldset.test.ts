import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvFieldset, type WmebvTextField } from '../../index.js';
import { accessibleNode, addHostileStylesheet } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { fieldsetExamples as examples, renderFieldset, type FieldsetArgs } from './fieldset.examples.js';

/** Mounts an example from fieldset.examples.ts, as its story shows it. */
const mount = (example: Example<FieldsetArgs>, overrides: Partial<FieldsetArgs> = {}) =>
  mountExample<FieldsetArgs, WmebvFieldset>(renderFieldset, example, overrides);

const text = (node: Element | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** An address as a definition would group it, rendered the way wmebv-form renders: content as a template. */
const address = (street: string) => html`<wmebv-fieldset
  label="Uw adres"
  hint="Het adres waar u staat ingeschreven"
  .content=${html`<wmebv-text-field name="straat" label="Straat en huisnummer" required autocomplete="street-address" .value=${street}></wmebv-text-field>
    <wmebv-text-field name="postcode" type="postcode" label="Postcode" required></wmebv-text-field>`}
></wmebv-fieldset>`;

describe('wmebv-fieldset', () => {
  it('renders a native fieldset with label as legend and the content inside, described by its hint', async () => {
    const el = await mount(examples.RequiredWithLegalBasis);
    const fieldset = el.querySelector('fieldset')!;
    expect(text(fieldset.querySelector(':scope > legend'))).to.equal('Uw adres');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(fieldset.querySelector('.wmebv-hint')!.id);
    expect(fieldset.querySelectorAll('wmebv-text-field')).to.have.length(2);
    expect(await accessibleNode('textbox', 'Straat en huisnummer')).to.exist;
  });

  it('marks the legend "(niet verplicht)" only when optional is set', async () => {
    const el = await fixture<WmebvFieldset>(html`<wmebv-fieldset label="Contactpersoon"></wmebv-fieldset>`);
    expect(text(el.querySelector('legend'))).to.equal('Contactpersoon');
    el.optional = true;
    await el.updateComplete;
    expect(text(el.querySelector('legend'))).to.equal('Contactpersoon (niet verplicht)');
    el.locale = 'en';
    await el.updateComplete;
    expect(text(el.querySelector('legend'))).to.equal('Contactpersoon (optional)');
    expect(el.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('keeps the same field elements, and what was typed, when the outer template renders again', async () => {
    const container = await fixture<HTMLElement>(html`<form></form>`);
    render(address(''), container);
    const el = container.querySelector<WmebvFieldset>('wmebv-fieldset')!;
    await el.updateComplete;
    const street = el.querySelector<WmebvTextField>('wmebv-text-field')!;
    await street.updateComplete;
    street.querySelector('input')!.focus();
    await sendKeys({ type: 'Markt 1' });
    render(address('Markt 1'), container);
    await el.updateComplete;
    expect(el.querySelector('wmebv-text-field')).to.equal(street);
    expect(street.value).to.equal('Markt 1');
    expect(document.activeElement).to.equal(street.querySelector('input'));
  });

  it('takes DOM nodes as content from plain JavaScript, and the form submits the fields inside once', async () => {
    const form = await fixture<HTMLFormElement>(html`<form></form>`);
    const el = document.createElement('wmebv-fieldset');
    el.label = 'Uw adres';
    const field = document.createElement('wmebv-text-field');
    field.name = 'plaats';
    field.label = 'Plaats';
    field.setAttribute('value', 'Utrecht');
    el.content = [field];
    form.append(el);
    await el.updateComplete;
    await field.updateComplete;
    expect(el.querySelector('fieldset')!.contains(field)).to.equal(true);
    expect(new FormData(form).getAll('plaats')).to.deep.equal(['Utrecht']);
  });

  it('replaces fallback children present before it renders', async () => {
    const el = await fixture<WmebvFieldset>(html`<wmebv-fieldset label="Adres"><p class="fallback">Bel 14 0999</p></wmebv-fieldset>`);
    expect(el.querySelector('.fallback')).to.equal(null);
  });

  it('disables the fields inside with a disabled ancestor fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled>${address('Markt 1')}</fieldset></form>`);
    const el = form.querySelector<WmebvFieldset>('wmebv-fieldset')!;
    await el.updateComplete;
    for (const field of el.querySelectorAll<WmebvTextField>('wmebv-text-field')) await field.updateComplete;
    expect(el.querySelector('input')!.matches(':disabled')).to.equal(true);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });

  it('gives two fieldsets on one page distinct ids', async () => {
    const wrapper = await fixture(html`<div><form>${address('')}</form><form>${address('')}</form></div>`);
    for (const el of wrapper.querySelectorAll<WmebvFieldset>('wmebv-fieldset')) await el.updateComplete;
    for (const el of wrapper.querySelectorAll<WmebvTextField>('wmebv-text-field')) await el.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('passes axe, also under a hostile host stylesheet', async () => {
    const host = await fixture<HTMLElement>(html`<form>${address('')}</form>`);
    const el = host.querySelector<WmebvFieldset>('wmebv-fieldset')!;
    await el.updateComplete;
    await expect(host).to.be.accessible();
    const removeHostile = addHostileStylesheet();
    try {
      await expect(host).to.be.accessible();
      expect(await accessibleNode('textbox', 'Postcode')).to.exist;
    } finally {
      removeHostile();
    }
  });
});
