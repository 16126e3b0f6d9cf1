// The error bar in a form's step (issue 16, docs/decisions.md D1): whatever the screen's width,
// showing the errors leaves each question's content where it was and as wide as it was, so a
// validation pass lays out only the new messages. From 40rem the bar goes into the page's gutter
// (base/field.css); below it the step keeps the bar's room free beside every question in both
// states (form.css), so on a 320 px phone the bar is on screen and nothing scrolls sideways.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { overflowing } from '../../../../test/support/layout.js';
import { mountForm } from './form.fixtures.js';
import { reportJson } from './form.examples.js';

const basis = { law: 'Awb', article: '4:2', paragraph: '1', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2' };
const options = [
  { value: 'a', label: 'Eerste keuze' },
  { value: 'b', label: 'Tweede keuze' },
];
const required = { required: true, legalBasis: basis };
const definition = {
  ...reportJson,
  steps: [
    {
      id: 'een',
      title: { nl: 'Uw melding' },
      fields: [
        { id: 'naam', type: 'text', label: { nl: 'Naam' }, hint: { nl: 'Zoals in uw paspoort' }, ...required },
        { id: 'reden', type: 'textarea', label: { nl: 'Waarom maakt u bezwaar?' }, ...required },
        { id: 'keuze', type: 'radio', label: { nl: 'Wat kiest u?' }, options, ...required },
        { id: 'datum', type: 'date', label: { nl: 'Datum van het besluit' }, ...required },
        { id: 'waar', type: 'text', label: { nl: 'Waar?' } },
      ],
    },
  ],
};

const questions = (form: WmebvForm): HTMLElement[] => [...form.querySelectorAll<HTMLElement>('.wmebv-form__step > [data-field-id]')];
const caption = (field: Element): DOMRect => field.querySelector('label, legend')!.getBoundingClientRect();
const control = (field: Element): DOMRect => field.querySelector('input, textarea')!.getBoundingClientRect();

describe('the error bar in a form step', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  // A phone page with the browser's 8 px margin, and a wide page with a gutter beside its column.
  for (const [width, gutter] of [
    [320, '0'],
    [1280, '2.5rem'],
  ] as const) {
    it(`keeps every question's content in place and width when errors show, ${width} px wide`, async () => {
      await setViewport({ width, height: 800 });
      const form = await mountForm(definition);
      form.parentElement!.style.paddingInline = gutter;
      const before = questions(form).map((field) => [caption(field), control(field)] as const);
      expect(form.reportValidity()).to.equal(false);
      await form.updateComplete;
      const fields = questions(form);
      const inError = fields.filter((field) => field.classList.contains('wmebv-field--error'));
      expect(inError.map((field) => field.dataset['fieldId'])).to.deep.equal(['naam', 'reden', 'keuze', 'datum']);
      fields.forEach((field, i) => {
        const [label, input] = before[i]!;
        expect(caption(field).left, `${field.dataset['fieldId']}: caption left`).to.equal(label.left);
        expect(caption(field).width, `${field.dataset['fieldId']}: caption width`).to.equal(label.width);
        expect(control(field).width, `${field.dataset['fieldId']}: control width`).to.equal(input.width);
      });
      for (const field of inError) {
        const style = getComputedStyle(field);
        expect(style.borderInlineStartStyle, `${field.dataset['fieldId']}: a bar`).to.equal('solid');
        expect(style.borderInlineStartColor).to.equal(getComputedStyle(field.querySelector('.wmebv-error-message')!).color);
        const bar = field.getBoundingClientRect().left;
        expect(bar, `${field.dataset['fieldId']}: bar on screen`).to.be.at.least(0);
        expect(caption(field).left, `${field.dataset['fieldId']}: caption right of the bar`).to.be.above(bar + 10);
      }
      // The question without an error has no bar, only the room kept for it: padding, not a
      // transparent border, which forced colours would paint (CSS Color Adjust: colours are forced).
      expect(getComputedStyle(fields[4]!).borderInlineStartStyle).to.equal('none');
      expect(overflowing()).to.deep.equal([]);
    });
  }
});
