// The error bar and the invalid border (issue 16, docs/decisions.md "Showing an error without laying
// the question out again"): GOV.UK's red bar beside a question in error, drawn in the page's gutter
// where there is room, so the question's content keeps its width, and inside the question on a
// narrow screen, where nothing may leave the screen (WCAG 2.2 SC 1.4.10).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { forcedColorsRules } from '../../../../test/support/forced-colors.js';
import { overflowing } from '../../../../test/support/layout.js';
import '../index.js';
import type { WmebvFieldElement } from './field-element.js';

const OPTIONS = [
  { value: 'a', label: 'Eerste keuze' },
  { value: 'b', label: 'Tweede keuze' },
];

/** Three questions as a form shows them, in a column with the page's own padding. */
async function questions(padding: string): Promise<{ wrapper: HTMLElement; fields: WmebvFieldElement[] }> {
  const wrapper = await fixture<HTMLElement>(html`<div style="padding-inline: ${padding}" lang="nl">
    <wmebv-text-field name="naam" label="Naam" hint="Zoals in uw paspoort"></wmebv-text-field>
    <wmebv-textarea name="reden" label="Waarom maakt u bezwaar?"></wmebv-textarea>
    <wmebv-radio-group name="keuze" label="Wat kiest u?" .options=${OPTIONS}></wmebv-radio-group>
  </div>`);
  const fields = [...wrapper.children] as WmebvFieldElement[];
  for (const field of fields) await field.updateComplete;
  return { wrapper, fields };
}

const caption = (field: Element): DOMRect => field.querySelector('label, legend')!.getBoundingClientRect();
const control = (field: Element): DOMRect => field.querySelector('input, textarea')!.getBoundingClientRect();

async function showErrors(fields: WmebvFieldElement[]): Promise<void> {
  for (const field of fields) field.error = 'Vul dit in.';
  for (const field of fields) await field.updateComplete;
}

describe('the error bar', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('sits in the gutter on a wide screen: the question keeps its place and width', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { wrapper, fields } = await questions('2.5rem');
    const before = fields.map((field) => [caption(field), control(field)]);
    await showErrors(fields);
    const column = wrapper.getBoundingClientRect();
    fields.forEach((field, i) => {
      const [label, input] = before[i]!;
      expect(caption(field).left, `${field.localName}: caption`).to.equal(label!.left);
      expect(caption(field).width, `${field.localName}: caption width`).to.equal(label!.width);
      expect(control(field).width, `${field.localName}: control width`).to.equal(input!.width);
      const style = getComputedStyle(field);
      expect(style.borderInlineStartStyle).to.equal('solid');
      expect(style.borderInlineStartColor).to.equal(getComputedStyle(field.querySelector('.wmebv-error-message')!).color);
      const bar = field.getBoundingClientRect();
      expect(bar.left, `${field.localName}: bar left of the caption, inside the page`)
        .to.be.below(label!.left - 10)
        .and.at.least(column.left);
    });
  });

  it('stays inside the question on a 320 px screen: on screen, and nothing scrolls sideways', async () => {
    await setViewport({ width: 320, height: 640 });
    const { fields } = await questions('0');
    await showErrors(fields);
    for (const field of fields) {
      const bar = field.getBoundingClientRect();
      expect(bar.left, `${field.localName}: bar on screen`).to.be.at.least(0);
      expect(caption(field).left, `${field.localName}: caption right of the bar`).to.be.above(bar.left + 10);
    }
    expect(overflowing()).to.deep.equal([]);
  });

  it('gives an invalid input its thicker red border without changing the input’s border width', async () => {
    await setViewport({ width: 1280, height: 800 });
    const { fields } = await questions('0');
    const input = fields[0]!.querySelector('input')!;
    const width = getComputedStyle(input).borderInlineStartWidth;
    await showErrors(fields);
    const style = getComputedStyle(input);
    expect(style.borderInlineStartWidth).to.equal(width);
    expect(style.borderInlineStartColor).to.equal(getComputedStyle(fields[0]!.querySelector('.wmebv-error-message')!).color);
    // 2px of border plus 2px of inset shadow: the 4px of --wmebv-error-border-width.
    expect(style.boxShadow).to.match(/ 0px 0px 0px 2px inset$/);
  });

  it('widens the invalid border itself in forced-colors mode, which drops shadows', async () => {
    // @web/test-runner cannot switch forced colours on: read the shipped rule.
    await questions('0');
    expect(forcedColorsRules().join('\n')).to.match(
      /\.wmebv-input\[aria-invalid="true"\] \{ border-width: var\(--wmebv-error-border-width\) !important; \}/,
    );
  });
});
