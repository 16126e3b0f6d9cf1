// What every field element promises, checked for all of them at once: the optional marker and
// native required go together, errors appear only when set (never on first render, on typing, on
// leaving, or on a value set from outside), focus is visible, focusControl() is not hidden behind
// a sticky header (WCAG 2.4.11), and targets are at least 24px (WCAG 2.5.8).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing, type TemplateResult } from 'lit';
import '../index.js';
import { WmebvFieldElement } from '../index.js';

const OPTIONS = [
  { value: 'a', label: 'Eerste' },
  { value: 'b', label: 'Tweede' },
];

interface Case {
  tag: string;
  make: (required: boolean) => TemplateResult;
  /** The controls that carry native `required` when the field is required (none for a checkbox group). */
  requiredControls: string;
  /** Sets a value as wmebv-form would. */
  fill: (el: WmebvFieldElement) => void;
}

const CASES: Case[] = [
  {
    tag: 'wmebv-text-field',
    make: (required) => html`<wmebv-text-field name="f" label="Vraag" ?required=${required}></wmebv-text-field>`,
    requiredControls: 'input',
    fill: (el) => ((el as unknown as { value: string }).value = 'x'),
  },
  {
    tag: 'wmebv-textarea',
    make: (required) => html`<wmebv-textarea name="f" label="Vraag" maxlength="5" ?required=${required}></wmebv-textarea>`,
    requiredControls: 'textarea',
    fill: (el) => ((el as unknown as { value: string }).value = 'te lange tekst'),
  },
  {
    tag: 'wmebv-date-field',
    make: (required) => html`<wmebv-date-field name="f" label="Vraag" ?required=${required}></wmebv-date-field>`,
    requiredControls: 'input',
    fill: (el) => ((el as unknown as { value: string }).value = '2026-02-30'),
  },
  {
    tag: 'wmebv-select',
    make: (required) => html`<wmebv-select name="f" label="Vraag" .options=${OPTIONS} ?required=${required}></wmebv-select>`,
    requiredControls: 'select',
    fill: (el) => ((el as unknown as { value: string }).value = 'b'),
  },
  {
    tag: 'wmebv-radio-group',
    make: (required) => html`<wmebv-radio-group name="f" label="Vraag" .options=${OPTIONS} ?required=${required}></wmebv-radio-group>`,
    requiredControls: 'input',
    fill: (el) => ((el as unknown as { value: string }).value = 'b'),
  },
  {
    tag: 'wmebv-checkbox',
    make: (required) => html`<wmebv-checkbox name="f" label="Vraag" ?required=${required}></wmebv-checkbox>`,
    requiredControls: 'input',
    fill: (el) => ((el as unknown as { checked: boolean }).checked = true),
  },
  {
    tag: 'wmebv-checkbox-group',
    make: (required) => html`<wmebv-checkbox-group name="f" label="Vraag" .options=${OPTIONS} ?required=${required}></wmebv-checkbox-group>`,
    requiredControls: '',
    fill: (el) => ((el as unknown as { value: string[] }).value = ['b']),
  },
  {
    tag: 'wmebv-file-upload',
    make: (required) => html`<wmebv-file-upload name="f" label="Vraag" ?required=${required}></wmebv-file-upload>`,
    requiredControls: 'input',
    fill: (el) => ((el as unknown as { files: File[] }).files = [new File(['x'], 'a.pdf', { type: 'application/pdf' })]),
  },
];

const caption = (el: Element): string =>
  (el.querySelector('.wmebv-label, .wmebv-legend, .wmebv-checkbox__label--question')?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(template: TemplateResult): Promise<WmebvFieldElement> {
  const el = await fixture<WmebvFieldElement>(template);
  await el.updateComplete;
  return el;
}

describe('every field element', () => {
  for (const { tag, make, requiredControls, fill } of CASES) {
    describe(tag, () => {
      it('has "(niet verplicht)" if and only if it is not required, and native required if and only if it is', async () => {
        const optional = await render(make(false));
        expect(caption(optional)).to.equal('Vraag (niet verplicht)');
        expect(optional.querySelectorAll('[required], [aria-required="true"]')).to.have.length(0);
        const required = await render(make(true));
        expect(caption(required)).to.equal('Vraag');
        if (requiredControls) {
          const controls = [...required.querySelectorAll<HTMLInputElement>(requiredControls)].filter((control) => control.type !== 'hidden');
          expect(controls.length).to.be.greaterThan(0);
          expect(
            controls.every((control) => control.required),
            'native required on every control',
          ).to.equal(true);
        }
        expect(required.textContent).not.to.include('*');
      });

      it('shows no error on first render, after a value is set from outside, or after typing and leaving', async () => {
        const el = await render(make(true));
        const noError = (): void => {
          expect(el.querySelector('.wmebv-error-message')).to.equal(null);
          expect(el.querySelector('[aria-invalid="true"]')).to.equal(null);
          expect(el.querySelector('.wmebv-field--error')).to.equal(null);
        };
        noError();
        fill(el);
        await el.updateComplete;
        noError();
        const control = el.querySelector<HTMLElement>(`#${CSS.escape(el.controlId)}`)!;
        control.focus();
        if (control instanceof HTMLInputElement && control.type === 'text') await sendKeys({ type: 'x' });
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        noError();
      });

      it('shows a visible focus indicator on its control when reached with Tab (WCAG 2.4.7)', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div><button type="button">Voor</button>${make(false)}</div>`);
        const el = wrapper.querySelector<WmebvFieldElement>(tag)!;
        await el.updateComplete;
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        const focused = document.activeElement as HTMLElement;
        expect(el.contains(focused)).to.equal(true);
        const style = getComputedStyle(focused);
        // The file input is visually hidden; its visible label carries the focus style.
        const shown = focused.classList.contains('wmebv-file-upload__input')
          ? getComputedStyle(el.querySelector('.wmebv-file-upload__button')!)
          : style;
        const outline = parseFloat(shown.outlineWidth) > 0 && shown.outlineStyle !== 'none';
        const background = shown.backgroundColor === 'rgb(255, 221, 0)';
        expect(outline || background, `${tag}: focus style`).to.equal(true);
      });

      it('focusControl() scrolls its question out from under a sticky header (WCAG 2.4.11)', async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <header style="position: sticky; top: 0; height: 120px; background: #fff; z-index: 1">Gemeente</header>
          <div style="height: 2000px"></div>
          ${make(false)}
          <div style="height: 2000px"></div>
        </div>`);
        const el = wrapper.querySelector<WmebvFieldElement>(tag)!;
        await el.updateComplete;
        window.scrollTo(0, 0);
        el.focusControl();
        const header = wrapper.querySelector('header')!.getBoundingClientRect();
        const question = el.querySelector('.wmebv-label, .wmebv-legend, .wmebv-checkbox__label')!.getBoundingClientRect();
        const control = el.querySelector(`#${CSS.escape(el.controlId)}`)!.getBoundingClientRect();
        expect(question.top, 'question below the sticky header').to.be.at.least(header.bottom);
        expect(control.top).to.be.at.least(header.bottom);
        expect(control.top).to.be.lessThan(window.innerHeight);
        window.scrollTo(0, 0);
      });

      it('has targets of at least 24 by 24 px (WCAG 2.5.8)', async () => {
        const el = await render(make(true));
        const targets = [
          ...el.querySelectorAll<HTMLElement>('input:not(.wmebv-visually-hidden), select, textarea, button, summary, .wmebv-file-upload__button'),
        ];
        expect(targets.length).to.be.greaterThan(0);
        for (const target of targets) {
          const box = target.getBoundingClientRect();
          expect(box.width, `${target.localName} width`).to.be.at.least(24);
          expect(box.height, `${target.localName} height`).to.be.at.least(24);
        }
      });
    });
  }
});

describe('a subclass of WmebvFieldElement', () => {
  it('gives renderControl() as kept nodes: a template does not compile (pnpm typecheck)', () => {
    // The base places nodes only (field-chrome.ts): a template here was dropped without a word.
    abstract class TemplateControl extends WmebvFieldElement<string> {
      // @ts-expect-error: renderControl() returns Node | Node[], not a template
      protected override renderControl(): TemplateResult {
        return html`<input />`;
      }
    }
    expect(Object.getPrototypeOf(TemplateControl)).to.equal(WmebvFieldElement);
  });

  it('renders kept nodes only: a render() of nothing does not compile (pnpm typecheck)', () => {
    // Lit would leave the field's kept nodes on the page under `nothing` (field-chrome.ts, KeptNodes).
    abstract class EmptyField extends WmebvFieldElement<string> {
      // @ts-expect-error: render() returns keptNodes(...), never nothing
      protected override render(): typeof nothing {
        return nothing;
      }
    }
    expect(Object.getPrototypeOf(EmptyField)).to.equal(WmebvFieldElement);
  });
});
