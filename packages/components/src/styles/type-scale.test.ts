// One type scale (issue 15 item 6): every text of a form at the same size, headings that shrink on a
// phone, buttons that fill the column on a phone, and a question column of a readable measure.
import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { setViewport } from '@web/test-runner-commands';
import { objection } from '../../../../test/fixtures/objection.js';
import { overflowing } from '../../../../test/support/layout.js';
import { until } from '../../../../test/support/user.js';

const px = (element: Element | null): number => {
  if (!element) throw new Error('element not on screen');
  return parseFloat(getComputedStyle(element).fontSize);
};
const width = (element: Element | null): number => element!.getBoundingClientRect().width;

async function render(): Promise<WmebvForm> {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(html`<main lang="nl"><wmebv-form .definition=${objection}></wmebv-form></main>`);
  const form = wrapper.querySelector('wmebv-form')!;
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
  await form.updateComplete;
  return form;
}

/** Font sizes of everything a user reads on the first step, by what it is. */
function textSizes(form: Element): Record<string, number> {
  const sizes: Record<string, number> = {
    label: px(form.querySelector('label, legend')),
    hint: px(form.querySelector('.wmebv-hint')),
    input: px(form.querySelector('input:not([type=radio]):not([type=checkbox]), textarea')),
    button: px(form.querySelector('.wmebv-form__actions .wmebv-button')),
    intro: px(form.querySelector('.wmebv-form__intro')),
  };
  const declaration = form.querySelector('.wmebv-declaration');
  if (declaration) sizes['declaration'] = px(declaration);
  return sizes;
}

describe('one type scale (issue 15 item 6)', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  it('at 320 px: one text size, a smaller h1, full-width buttons, nothing wider than the screen', async () => {
    await setViewport({ width: 320, height: 640 });
    const form = await render();
    const sizes = textSizes(form);
    expect(new Set(Object.values(sizes)).size, JSON.stringify(sizes)).to.equal(1);
    expect(sizes['label']).to.equal(19);
    const h1 = px(form.querySelector('h1'));
    expect(h1, 'the title fits a phone').to.be.at.most(30);
    expect(h1).to.be.greaterThan(px(form.querySelector('.wmebv-form__step-heading')));
    const actions = form.querySelector('.wmebv-form__actions')!;
    for (const button of actions.querySelectorAll('.wmebv-button')) {
      expect(width(button), `"${button.textContent?.trim()}" fills the column`).to.be.closeTo(width(actions), 1);
    }
    expect(overflowing(form)).to.deep.equal([]);
  });

  it('at 1280 px: the same text size, a 40 px h1, buttons at their own width, a question column of 30-40em', async () => {
    await setViewport({ width: 1280, height: 800 });
    const form = await render();
    const sizes = textSizes(form);
    expect(new Set(Object.values(sizes)).size, JSON.stringify(sizes)).to.equal(1);
    expect(px(form.querySelector('h1'))).to.equal(40);
    expect(px(form.querySelector('.wmebv-form__step-heading'))).to.equal(32);
    const actions = form.querySelector('.wmebv-form__actions')!;
    const next = actions.querySelector('.wmebv-button')!;
    expect(width(next)).to.be.lessThan(width(actions) / 2);
    const main = form.querySelector('.wmebv-form__main')!;
    const measure = width(main) / px(main);
    expect(measure, `question column ${width(main)} px`).to.be.within(30, 40);
  });

  for (const [viewport, expected] of [
    [320, 19],
    [1280, 22],
  ] as const) {
    it(`at ${viewport} px: an h3 without a class follows the scale (${expected} px), never the browser's 1.17em`, async () => {
      await setViewport({ width: viewport, height: 800 });
      const wrapper = await fixture<HTMLElement>(html`<div class="wmebv-review"><h3>Wat u heeft gestuurd</h3></div>`);
      expect(px(wrapper.querySelector('h3'))).to.equal(expected);
    });
  }
});
