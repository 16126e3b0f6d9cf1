// Theming: NL Design System tokens are picked up without extra CSS, the page's own --wmebv-*
// tokens win, and Windows high contrast (forced-colors) keeps controls, focus and errors visible.
import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import type { WmebvRadioGroup, WmebvTextField } from '../index.js';
import { forcedColorsRules } from '../../../../test/support/forced-colors.js';

const OPTIONS = [
  { value: 'a', label: 'Eerste' },
  { value: 'b', label: 'Tweede' },
];

describe('theming', () => {
  it('takes colours, font and focus width from an NL Design System theme class on a wrapper', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div
      class="gemeente-theme"
      style="--utrecht-document-color: rgb(1, 2, 3); --basis-color-negative-color-default: rgb(170, 0, 0); --utrecht-document-font-family: Georgia, serif; --basis-focus-outline-width: 5px"
    >
      <wmebv-text-field name="n" label="Naam" error="Fout"></wmebv-text-field>
    </div>`);
    const el = wrapper.querySelector<WmebvTextField>('wmebv-text-field')!;
    await el.updateComplete;
    expect(getComputedStyle(el.querySelector('label')!).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.querySelector('.wmebv-error-message')!).color).to.equal('rgb(170, 0, 0)');
    expect(getComputedStyle(el).fontFamily).to.include('Georgia');
    expect(getComputedStyle(wrapper).getPropertyValue('--wmebv-focus-width').trim()).to.equal('5px');
  });

  it('lets the page’s own --wmebv-* tokens win over the defaults and over NL Design System tokens', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div
      style="--wmebv-text-color: rgb(4, 5, 6); --utrecht-document-color: rgb(1, 2, 3); --wmebv-target-size: 3rem"
    >
      <wmebv-radio-group name="r" label="Keuze" .options=${OPTIONS}></wmebv-radio-group>
    </div>`);
    const el = wrapper.querySelector<WmebvRadioGroup>('wmebv-radio-group')!;
    await el.updateComplete;
    expect(getComputedStyle(el.querySelector('legend')!).color).to.equal('rgb(4, 5, 6)');
    const row = el.querySelector('.wmebv-radio')!.getBoundingClientRect();
    expect(row.height).to.be.at.least(48);
  });

  it('gives forced-colors mode (Windows high contrast) native controls and system-colour outlines', async () => {
    // @web/test-runner's emulateMedia cannot switch forced colours on under Puppeteer, so this reads
    // the rules the library ships for it (the screenshots in docs/accessibility.md show the result).
    const el = await fixture<HTMLElement>(html`<div>
      <wmebv-radio-group name="r" label="Keuze" error="Kies een antwoord" .options=${OPTIONS}></wmebv-radio-group>
      <wmebv-select name="s" label="Land" .options=${OPTIONS}></wmebv-select>
      <wmebv-checkbox name="c" label="Akkoord"></wmebv-checkbox>
    </div>`);
    for (const child of el.children) await (child as WmebvRadioGroup).updateComplete;
    const joined = forcedColorsRules().join('\n');
    expect(joined).to.match(/\.wmebv-radio__input \{[^}]*appearance: auto/);
    expect(joined).to.match(/\.wmebv-select \{[^}]*appearance: auto/);
    expect(joined).to.match(/outline[^;]*(CanvasText|Highlight)/);
    // The error is said in text ("Fout: …"), never by colour alone.
    expect(el.querySelector('.wmebv-error-message')!.textContent).to.include('Fout: ');
  });
});
