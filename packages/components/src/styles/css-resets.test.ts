// A host page with a common CSS reset (issue 15 item 11): the resets are the real files installed
// from npm, loaded unlayered as a page would, before the form. Tailwind v3's preflight made the
// primary button white on transparent; the controls must stay visible, with their focus outline.
import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { objection } from '../../../../test/fixtures/objection.js';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../../../../test/support/user.js';

/** Reaches `element` with the keyboard (away with Shift+Tab, back with Tab), as a keyboard user would. */
async function tabTo(element: HTMLElement): Promise<void> {
  element.focus();
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await until(() => document.activeElement === element && element.matches(':focus-visible'), 'keyboard focus on the control');
}

const RESETS = {
  'Tailwind CSS v3 preflight': '/node_modules/tailwindcss3/src/css/preflight.css',
  'Tailwind CSS v4 preflight': '/node_modules/tailwindcss4/preflight.css',
  'modern-normalize': '/node_modules/modern-normalize/modern-normalize.css',
  'Bootstrap 5 reboot': '/node_modules/bootstrap/dist/css/bootstrap-reboot.css',
};

type Rgba = [number, number, number, number];

function rgba(value: string): Rgba {
  const parts = value.match(/[\d.]+/g)?.map(Number);
  if (!parts || parts.length < 3) throw new Error(`Not a colour: ${value}`);
  return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2.2 relative luminance and contrast ratio. */
function contrast(a: Rgba, b: Rgba): number {
  const lum = ([r, g, bl]: Rgba): number => {
    const c = (v: number): number => {
      const s = v / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(bl);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE: Rgba = [255, 255, 255, 1];

async function withReset(url: string): Promise<{ form: WmebvForm; remove: () => void }> {
  const response = await fetch(url);
  expect(response.ok, `${url} is installed`).to.equal(true);
  const style = document.createElement('style');
  style.textContent = await response.text();
  document.head.prepend(style);
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(html`<main lang="nl"><wmebv-form .definition=${objection}></wmebv-form></main>`);
  const form = wrapper.querySelector('wmebv-form')!;
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
  await form.updateComplete;
  return { form, remove: () => style.remove() };
}

describe('controls stay visible and usable under a CSS reset of the host page', () => {
  for (const [name, url] of Object.entries(RESETS)) {
    it(`${name}: the primary button is green with white text, inputs have their border, focus shows`, async () => {
      const { form, remove } = await withReset(url);
      try {
        const button = form.querySelector<HTMLButtonElement>('.wmebv-form__actions .wmebv-button:not(.wmebv-button--secondary)')!;
        const style = getComputedStyle(button);
        const background = rgba(style.backgroundColor);
        expect(background[3], `background ${style.backgroundColor} is not transparent`).to.equal(1);
        expect(contrast(rgba(style.color), background), `text ${style.color} on ${style.backgroundColor}`).to.be.at.least(4.5);
        expect(contrast(background, WHITE), 'the button stands out from a white page').to.be.at.least(3);

        const input = form.querySelector<HTMLInputElement>('input.wmebv-input')!;
        const inputStyle = getComputedStyle(input);
        expect(parseFloat(inputStyle.borderTopWidth), 'the input has a border').to.be.at.least(2);
        expect(contrast(rgba(inputStyle.borderTopColor), WHITE), 'the border is visible (SC 1.4.11)').to.be.at.least(3);
        expect(inputStyle.opacity).to.equal('1');
        expect(inputStyle.visibility).to.equal('visible');

        await tabTo(input);
        const focused = getComputedStyle(input);
        expect(focused.outlineStyle, 'focus outline on the input').to.equal('solid');
        expect(parseFloat(focused.outlineWidth)).to.be.at.least(3);
        expect(rgba(focused.outlineColor)).to.deep.equal([255, 221, 0, 1]);

        await tabTo(button);
        const buttonFocused = getComputedStyle(button);
        expect(rgba(buttonFocused.backgroundColor), 'the focused button turns the focus colour').to.deep.equal([255, 221, 0, 1]);
        expect(contrast(rgba(buttonFocused.color), rgba(buttonFocused.backgroundColor))).to.be.at.least(4.5);
      } finally {
        remove();
      }
    });
  }
});
