import { isIsoDate } from '@wmebv/core';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvDateField } from '../../index.js';
import { accessibleNode, accessibleNodes, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { dateFieldExamples as examples, renderDateField, type DateFieldArgs } from './date-field.examples.js';

type Part = 'day' | 'month' | 'year';
const part = (el: WmebvDateField, which: Part): HTMLInputElement => el.querySelector<HTMLInputElement>(`.wmebv-date-field__input--${which}`)!;

/** Types a date into the three inputs as a user would: click the day, type, tab, type, tab, type. */
async function typeDate(el: WmebvDateField, day: string, month: string, year: string): Promise<void> {
  part(el, 'day').focus();
  if (day) await sendKeys({ type: day });
  await sendKeys({ press: 'Tab' });
  if (month) await sendKeys({ type: month });
  await sendKeys({ press: 'Tab' });
  if (year) await sendKeys({ type: year });
}

/** Mounts an example from date-field.examples.ts, as its story shows it. */
const mount = (example: Example<DateFieldArgs>, overrides: Partial<DateFieldArgs> = {}) =>
  mountExample<DateFieldArgs, WmebvDateField>(renderDateField, example, overrides);

describe('wmebv-date-field', () => {
  it('renders a fieldset with the question as legend, the hint, and Dag/Maand/Jaar labels', async () => {
    const el = await mount(examples.Empty);
    const fieldset = el.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Datum van het besluit (niet verplicht)');
    expect(fieldset.getAttribute('aria-describedby')).to.equal(el.querySelector('.wmebv-hint')!.id);
    const labels = [...el.querySelectorAll('.wmebv-date-field__label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Dag', 'Maand', 'Jaar']);
    for (const which of ['day', 'month', 'year'] as const) {
      const input = part(el, which);
      expect(input.labels![0]!.classList.contains('wmebv-date-field__label')).to.equal(true);
      expect(input.inputMode).to.equal('numeric');
      expect(input.name, 'inner inputs have no name').to.equal('');
      expect(input.hasAttribute('autocomplete')).to.equal(false);
    }
  });

  it('sizes the parts for 2, 2 and 4 characters', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    const day = part(el, 'day').getBoundingClientRect().width;
    const month = part(el, 'month').getBoundingClientRect().width;
    const year = part(el, 'year').getBoundingClientRect().width;
    expect(day).to.equal(month);
    expect(year).to.be.greaterThan(day);
    expect(year).to.be.lessThan(day * 2);
  });

  it('labels its parts in English on an English page, and uses bday-* only for autocomplete="bday"', async () => {
    const el = await fixture<WmebvDateField>(
      html`<wmebv-date-field name="d" label="Date of birth" locale="en" autocomplete="bday"></wmebv-date-field>`,
    );
    const labels = [...el.querySelectorAll('.wmebv-date-field__label')].map((label) => label.textContent);
    expect(labels).to.deep.equal(['Day', 'Month', 'Year']);
    expect(['day', 'month', 'year'].map((which) => part(el, which as Part).getAttribute('autocomplete'))).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
  });

  it('is heard as Dag / Maand / Jaar with required and invalid state (accessibility tree)', async () => {
    await fixture<WmebvDateField>(
      html`<wmebv-date-field name="d" label="Datum" required error="Vul de datum in bij &quot;Datum&quot;."></wmebv-date-field>`,
    );
    const boxes = await accessibleNodes('textbox');
    expect(boxes.map((node) => node.name)).to.deep.equal(['Dag', 'Maand', 'Jaar']);
    for (const node of boxes) {
      expect(node.required).to.equal(true);
      expect(node.invalid).to.equal('true');
    }
  });

  it('builds YYYY-MM-DD from typed parts, zero-padded, with bubbling input and change from the element', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    const inputs: Event[] = [];
    el.addEventListener('input', (event) => inputs.push(event));
    const changed = oneEvent(el, 'change');
    await typeDate(el, '5', '3', '2026');
    expect(el.value).to.equal('2026-03-05');
    expect(inputs).to.have.length(6);
    expect(inputs.every((event) => event.target === el && event.bubbles)).to.equal(true);
    part(el, 'year').blur();
    const change = await changed;
    expect(change.target).to.equal(el);
    // What the user typed stays as typed.
    expect(part(el, 'day').value).to.equal('5');
  });

  it('keeps an impossible or partial date as typed, as a value core rejects: 31-04-2026, 29-02-2025, 5-3-(empty)', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    await typeDate(el, '31', '4', '2026');
    expect(el.value).to.equal('2026-04-31');
    expect(isIsoDate(el.value)).to.equal(false);

    el.value = '';
    await el.updateComplete;
    await typeDate(el, '29', '2', '2025');
    expect(el.value).to.equal('2025-02-29');
    expect(isIsoDate(el.value)).to.equal(false);

    el.value = '';
    await el.updateComplete;
    await typeDate(el, '5', '3', '');
    expect(el.value).to.equal('-03-05');
    expect(isIsoDate(el.value)).to.equal(false);

    el.value = '';
    await el.updateComplete;
    await typeDate(el, '5', '3', '26');
    expect(el.value, 'a two-digit year is not padded into year 26').to.equal('26-03-05');
    expect(isIsoDate(el.value)).to.equal(false);
    expect(part(el, 'year').value).to.equal('26');
  });

  it('is "" when all parts are empty', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    expect(el.value).to.equal('');
    await typeDate(el, '1', '', '');
    expect(el.value).to.equal('--01');
    part(el, 'day').select();
    await sendKeys({ press: 'Backspace' });
    expect(el.value).to.equal('');
  });

  it('gives the same value whatever the time zone: no Date, no shift at midnight or DST', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    // 29 March 2026 is the switch to summer time in Europe/Amsterdam; 1 January the year boundary.
    for (const [day, month, year, expected] of [
      ['29', '3', '2026', '2026-03-29'],
      ['25', '10', '2026', '2026-10-25'],
      ['1', '1', '2026', '2026-01-01'],
      ['31', '12', '2025', '2025-12-31'],
    ] as const) {
      el.value = '';
      await el.updateComplete;
      await typeDate(el, day, month, year);
      expect(el.value).to.equal(expected);
      expect(isIsoDate(el.value)).to.equal(true);
    }
  });

  it('fills the parts when value is set, and does not rewrite a part the user is typing when the same value is set back', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum"></wmebv-date-field>`);
    el.value = '2026-03-15';
    await el.updateComplete;
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['15', '03', '2026']);
    el.value = '';
    await el.updateComplete;
    // A form that writes every value back on input, as wmebv-form does.
    el.addEventListener('input', () => {
      el.value = el.value; // eslint-disable-line no-self-assign -- the write-back itself is what this test exercises
    });
    await typeDate(el, '5', '', '');
    await el.updateComplete;
    expect(part(el, 'day').value).to.equal('5');
    el.value = '2026-04-';
    await el.updateComplete;
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['', '04', '2026']);
  });

  it('with an error, marks only the wrong part invalid and points controlId and focusControl() at it', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum" value="2026-04-31"></wmebv-date-field>`);
    expect(el.controlId).to.equal(part(el, 'day').id);
    expect(part(el, 'day').getAttribute('aria-invalid')).to.equal('false');

    el.value = '2026-13-01';
    el.error = 'Vul een bestaande datum in bij "Datum".';
    await el.updateComplete;
    expect(el.controlId).to.equal(part(el, 'month').id);
    expect(['day', 'month', 'year'].map((which) => part(el, which as Part).getAttribute('aria-invalid'))).to.deep.equal(['false', 'true', 'false']);
    el.focusControl();
    expect(document.activeElement).to.equal(part(el, 'month'));

    el.value = '26-02-29';
    await el.updateComplete;
    expect(el.controlId, 'a two-digit year').to.equal(part(el, 'year').id);

    el.value = '2025-02-29';
    await el.updateComplete;
    expect(el.controlId, '29 February 2025 does not exist').to.equal(part(el, 'day').id);
    el.focusControl();
    expect(document.activeElement).to.equal(part(el, 'day'));

    el.value = '2026--15';
    await el.updateComplete;
    expect(el.controlId, 'the first empty part').to.equal(part(el, 'month').id);

    // An error no single part explains (e.g. "must be in the past"): all parts, focus on the day.
    el.value = '2099-01-01';
    await el.updateComplete;
    expect(el.controlId).to.equal(part(el, 'day').id);
    expect(['day', 'month', 'year'].map((which) => part(el, which as Part).getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);

    el.error = '';
    await el.updateComplete;
    expect(['day', 'month', 'year'].map((which) => part(el, which as Part).getAttribute('aria-invalid'))).to.deep.equal(['false', 'false', 'false']);
  });

  it('describes the group by hint then error', async () => {
    const el = await fixture<WmebvDateField>(
      html`<wmebv-date-field name="d" label="Datum" hint="Bijvoorbeeld 15 3 2026" error="Fout"></wmebv-date-field>`,
    );
    const ids = el.querySelector('fieldset')!.getAttribute('aria-describedby')!.split(' ');
    expect(ids.map((id) => document.getElementById(id)!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Bijvoorbeeld 15 3 2026',
      'Fout: Fout',
    ]);
  });

  it('is submitted once under its name, restored by form.reset(), and works with requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-date-field name="datum" label="Datum" value="2026-03-15"></wmebv-date-field>
      <button type="submit" name="actie" value="volgende">Volgende</button>
    </form>`);
    const el = form.querySelector('wmebv-date-field')!;
    await el.updateComplete;
    expect(el.form).to.equal(form);
    expect(new FormData(form).getAll('datum')).to.deep.equal(['2026-03-15']);
    // Only the element's entry: the inner inputs submit nothing.
    expect([...new FormData(form).keys()]).to.deep.equal(['datum']);

    part(el, 'day').focus();
    part(el, 'day').select();
    await sendKeys({ type: '1' });
    expect(new FormData(form).getAll('datum')).to.deep.equal(['2026-03-01']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('datum')).to.deep.equal(['2026-03-01']);
    expect(data.get('actie')).to.equal('volgende');

    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('2026-03-15');
    expect(part(el, 'day').value).to.equal('15');
    expect(new FormData(form).getAll('datum')).to.deep.equal(['2026-03-15']);
  });

  it('empties on form.reset() when it had no initial value, and submits "" when empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wmebv-date-field name="datum" label="Datum"></wmebv-date-field></form>`);
    const el = form.querySelector('wmebv-date-field')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('datum')).to.deep.equal(['']);
    await typeDate(el, '1', '2', '2026');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect([part(el, 'day').value, part(el, 'month').value, part(el, 'year').value]).to.deep.equal(['', '', '']);
  });

  it('is disabled, and not submitted, inside <fieldset disabled> and with the disabled attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><wmebv-date-field name="a" label="A" value="2026-01-01"></wmebv-date-field></fieldset>
      <wmebv-date-field name="b" label="B" value="2026-01-02" disabled></wmebv-date-field>
    </form>`);
    const [a, b] = [...form.querySelectorAll('wmebv-date-field')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(part(a!, 'day').matches(':disabled')).to.equal(true);
    expect(part(b!, 'day').disabled).to.equal(true);
    expect(a!.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('a')).to.equal(false);
    expect(new FormData(form).has('b')).to.equal(false);
    b!.disabled = false;
    await b!.updateComplete;
    expect(part(b!, 'day').disabled).to.equal(false);
    expect(new FormData(form).getAll('b')).to.deep.equal(['2026-01-02']);
  });

  it('blocks native submission of a plain form while a required part is empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><wmebv-date-field name="d" label="Datum" required></wmebv-date-field></form>`);
    const el = form.querySelector('wmebv-date-field')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    el.value = '2026-01-01';
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('gives two fields on one page distinct ids', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-date-field name="d" label="A" hint="h" error="e"></wmebv-date-field></form>
      <form><wmebv-date-field name="d" label="B" hint="h" error="e"></wmebv-date-field></form>
    </div>`);
    for (const el of wrapper.querySelectorAll('wmebv-date-field')) await el.updateComplete;
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('shows "Waarom vragen we dit?" for a required date with a legal basis', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum" required .legalBasis=${AWB_6_5}></wmebv-date-field>`);
    expect(el.querySelector('fieldset details summary')!.textContent!.trim()).to.match(/^Waarom vragen we dit\? \(.+\)$/); // the question's label is visually hidden
  });

  it('keeps legend, labels and names under a hostile host stylesheet', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum" error="Fout" value="2026-02-30"></wmebv-date-field>`);
      expect(await accessibleNode('textbox', 'Dag')).to.exist;
      expect(await accessibleNode('textbox', 'Jaar')).to.exist;
      el.querySelector<HTMLLabelElement>('.wmebv-date-field__label')!.click();
      expect(document.activeElement).to.equal(part(el, 'day'));
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
  });

  it('passes axe when empty, filled and with an error', async () => {
    const el = await fixture<WmebvDateField>(html`<wmebv-date-field name="d" label="Datum" hint="Bijvoorbeeld 15 3 2026"></wmebv-date-field>`);
    await expect(el).to.be.accessible();
    el.value = '2026-03-15';
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.value = '2026-02-30';
    el.error = 'Vul een bestaande datum in bij "Datum", bijvoorbeeld 15 3 2026.';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
