// The error state of a date, part by part, as of the last validation (issue 15 item 5): correcting
// the wrong part must not turn the other parts red while typing, as it did before.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvDateField } from '../../index.js';
import { accessibleNodes } from '../../../test/helpers.js';

const PARTS = ['day', 'month', 'year'] as const;
const input = (el: WmebvDateField, which: (typeof PARTS)[number]): HTMLInputElement =>
  el.querySelector<HTMLInputElement>(`.wmebv-date-field__input--${which}`)!;
const marked = (el: WmebvDateField): (string | null)[] => PARTS.map((which) => input(el, which).getAttribute('aria-invalid'));
/** The red border a sighted user sees on each part. */
const red = (el: WmebvDateField): boolean[] => PARTS.map((which) => getComputedStyle(input(el, which)).borderTopColor === 'rgb(212, 53, 28)');

describe('wmebv-date-field: the error state per part, as of the last validation', () => {
  it('keeps only the wrong part red while the user corrects it, for eyes and for screen readers', async () => {
    const el = await fixture<WmebvDateField>(
      html`<wmebv-date-field name="d" label="Datum van het besluit" required value="2026-04-31"></wmebv-date-field>`,
    );
    el.error = 'De dag bestaat niet in april. Vul een bestaande datum in.';
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['true', 'false', 'false']);
    expect(red(el)).to.deep.equal([true, false, false]);

    // The user corrects the day: 31 → 30, key by key.
    input(el, 'day').focus();
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(el.value).to.equal('2026-04-30');
    expect(marked(el), 'no part turns red while typing').to.deep.equal(['true', 'false', 'false']);
    // On to the month (a focused part shows the focus style instead of red).
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(red(el)).to.deep.equal([true, false, false]);
    const textboxes = (await accessibleNodes('textbox')).filter((node) => ['Dag', 'Maand', 'Jaar'].includes(node.name));
    expect(textboxes.map((node) => [node.name, node.invalid ?? 'false'])).to.deep.equal([
      ['Dag', 'true'],
      ['Maand', 'false'],
      ['Jaar', 'false'],
    ]);

    // The next validation decides again.
    el.error = '';
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['false', 'false', 'false']);
  });

  it('re-decides on the next submit even when the message stays the same', async () => {
    const wrapper = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <wmebv-date-field name="d" label="Datum" required value="2026-13-01"></wmebv-date-field>
    </form>`);
    const el = wrapper.querySelector('wmebv-date-field')!;
    const message = 'Vul een bestaande datum in bij "Datum".';
    el.error = message;
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['false', 'true', 'false']);
    // Month corrected, day broken: still red as validated, until the next submit.
    input(el, 'month').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    input(el, 'day').focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '31' });
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['false', 'true', 'false']);
    wrapper.requestSubmit();
    el.error = message;
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['true', 'false', 'false']);
  });
});
