import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { accessibleNodes, AWB_6_5 } from '../../test/helpers.js';

// Issue 15 item 8: five "Waarom vragen we dit?" on one step must not sound alike (WCAG 2.2 SC 2.4.6).
describe('"Waarom vragen we dit?" names its question', () => {
  it('gives each disclosure an accessible name that starts with the visible words and names the question (WCAG 2.5.3)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
      <wmebv-text-field name="naam" label="Naam" required .legalBasis=${AWB_6_5}></wmebv-text-field>
      <wmebv-text-field name="adres" label="Adres" required .legalBasis=${AWB_6_5}></wmebv-text-field>
    </div>`);
    await Promise.all([...wrapper.querySelectorAll('wmebv-text-field')].map((el) => el.updateComplete));
    const names = (await accessibleNodes('DisclosureTriangle')).map((node) => node.name);
    expect(names).to.deep.equal(['Waarom vragen we dit? (Naam)', 'Waarom vragen we dit? (Adres)']);
    await expect(wrapper).to.be.accessible();
  });
});
