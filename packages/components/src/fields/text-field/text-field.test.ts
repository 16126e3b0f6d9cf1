import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { WmebvTextField } from '../../index.js';
import { accessibleNode, accessibleNodes, addHostileStylesheet, AWB_6_5 } from '../../../test/helpers.js';
import { until } from '../../../../../test/support/user.js';
import { mountExample } from '../../base/field.fixtures.js';
import type { Example } from '../../base/field-controls.examples.js';
import { renderTextField, textFieldExamples as examples, type TextFieldArgs } from './text-field.examples.js';

const input = (el: WmebvTextField): HTMLInputElement => el.querySelector('input')!;
/** Mounts an example from text-field.examples.ts, as its story shows it. */
const mount = (example: Example<TextFieldArgs>, overrides: Partial<TextFieldArgs> = {}) =>
  mountExample<TextFieldArgs, WmebvTextField>(renderTextField, example, overrides);

describe('wmebv-text-field', () => {
  it('renders a real label for the input, the hint, and marks an optional field "(niet verplicht)"', async () => {
    const el = await mount(examples.Empty);
    const label = el.querySelector('label')!;
    expect(label.htmlFor).to.equal(input(el).id);
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Kenmerk van het besluit (niet verplicht)');
    expect(el.querySelector('.wmebv-hint')!.textContent).to.equal('Dit staat meestal bovenaan de brief.');
    expect(el.textContent).not.to.include('*');
  });

  it('puts no optional marker and no asterisk on a required field, and native required on the input', async () => {
    const el = await mount(examples.RequiredWithLegalBasis);
    expect(el.querySelector('label')!.textContent!.trim()).to.equal('Naam');
    expect(input(el).required).to.equal(true);
    expect(el.textContent).not.to.include('*');
  });

  it('says in English "(optional)" on an English page', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><wmebv-text-field name="n" label="Name"></wmebv-text-field></div>`);
    const el = wrapper.querySelector('wmebv-text-field')!;
    await el.updateComplete;
    expect(el.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Name (optional)');
  });

  it('is heard as "label (niet verplicht)", described by hint then error (accessibility tree)', async () => {
    const el = await mount(examples.Empty, { error: 'Vul het kenmerk in' });
    const node = await accessibleNode('textbox', 'Kenmerk van het besluit (niet verplicht)');
    expect(node, 'textbox in the accessibility tree').to.exist;
    expect(node!.description).to.equal('Dit staat meestal bovenaan de brief. Fout: Vul het kenmerk in');
    expect(node!.invalid).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal(
      `${el.querySelector('.wmebv-hint')!.id} ${el.querySelector('.wmebv-error-message')!.id}`,
    );
  });

  it('has no description and is not invalid without hint and error', async () => {
    const el = await mount(examples.RequiredWithLegalBasis);
    expect(input(el).hasAttribute('aria-describedby')).to.equal(false);
    const node = await accessibleNode('textbox', 'Naam');
    expect(node!.description ?? '').to.equal('');
    expect(node!.invalid).to.equal(undefined);
    expect(node!.required).to.equal(true);
  });

  it('sets aria-invalid only while error is non-empty, and shows the message with a hidden "Fout: "', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="naam" label="Naam"></wmebv-text-field>`);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
    el.error = 'Vul uw naam in';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    const message = el.querySelector('.wmebv-error-message')!;
    expect(message.querySelector('.wmebv-visually-hidden')!.textContent).to.equal('Fout: ');
    expect(message.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fout: Vul uw naam in');
    el.error = '';
    await el.updateComplete;
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
  });

  it('does not validate while typing or on leaving the field', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="mail" type="email" label="E-mail" required></wmebv-text-field>`);
    input(el).focus();
    await sendKeys({ type: 'geen-adres' });
    input(el).blur();
    await el.updateComplete;
    expect(el.querySelector('.wmebv-error-message')).to.equal(null);
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    const node = await accessibleNode('textbox', 'E-mail');
    expect(node!.invalid).to.equal(undefined);
  });

  it('takes typed text as its value, with native input events bubbling from the input', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="naam" label="Naam"></wmebv-text-field>`);
    const events: Event[] = [];
    el.addEventListener('input', (event) => events.push(event));
    input(el).focus();
    await sendKeys({ type: 'Jansen' });
    expect(el.value).to.equal('Jansen');
    expect(events).to.have.length(6);
    expect(events[0]!.target).to.equal(input(el));
  });

  it('never cuts off input: no maxlength on the native input', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="naam" label="Naam"></wmebv-text-field>`);
    expect(input(el).hasAttribute('maxlength')).to.equal(false);
  });

  it('passes name, value, autocomplete and type to the native input', async () => {
    const el = await fixture<WmebvTextField>(
      html`<wmebv-text-field name="mail" type="email" label="E-mail" autocomplete="email" value="a@b.nl"></wmebv-text-field>`,
    );
    expect(input(el).name).to.equal('mail');
    expect(input(el).type).to.equal('email');
    expect(input(el).autocomplete).to.equal('email');
    expect(input(el).value).to.equal('a@b.nl');
    expect(el.value).to.equal('a@b.nl');
  });

  it('sets a postcode input up for "1234 AB": text, postal-code, capitals, no spellcheck, narrow', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="pc" type="postcode" label="Postcode"></wmebv-text-field>`);
    const control = input(el);
    expect(control.type).to.equal('text');
    expect(control.getAttribute('autocomplete')).to.equal('postal-code');
    expect(control.getAttribute('autocapitalize')).to.equal('characters');
    expect(control.getAttribute('spellcheck')).to.equal('false');
    const width = control.getBoundingClientRect().width;
    const fontSize = parseFloat(getComputedStyle(control).fontSize);
    expect(width).to.be.within(5 * fontSize, 10 * fontSize);
    el.autocomplete = 'shipping postal-code';
    await el.updateComplete;
    expect(control.getAttribute('autocomplete')).to.equal('shipping postal-code');
  });

  it('sets up number, bsn, kvk and iban inputs as GOV.UK advises: type="text", the right keyboard, no spellcheck', async () => {
    const setup = async (type: string): Promise<Record<string, string | null>> => {
      const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="x" type=${type} label="X"></wmebv-text-field>`);
      const control = input(el);
      return {
        type: control.type,
        inputmode: control.getAttribute('inputmode'),
        autocomplete: control.getAttribute('autocomplete'),
        autocapitalize: control.getAttribute('autocapitalize'),
        spellcheck: control.getAttribute('spellcheck'),
      };
    };
    expect(await setup('number')).to.deep.equal({
      type: 'text',
      inputmode: 'decimal',
      autocomplete: null,
      autocapitalize: null,
      spellcheck: 'false',
    });
    expect(await setup('bsn')).to.deep.equal({ type: 'text', inputmode: 'numeric', autocomplete: 'off', autocapitalize: null, spellcheck: 'false' });
    expect(await setup('kvk')).to.deep.equal({ type: 'text', inputmode: 'numeric', autocomplete: 'off', autocapitalize: null, spellcheck: 'false' });
    expect(await setup('iban')).to.deep.equal({
      type: 'text',
      inputmode: null,
      autocomplete: null,
      autocapitalize: 'characters',
      spellcheck: 'false',
    });
    expect((await setup('text')).inputmode).to.equal(null);
  });

  it('sets up a kenteken input for "AB-12-CD": text, capitals, no suggestions, no spellcheck (docs/contributing.md)', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="kenteken" type="kenteken" label="Kenteken"></wmebv-text-field>`);
    const control = input(el);
    expect(control.type).to.equal('text');
    expect(control.getAttribute('autocapitalize')).to.equal('characters');
    expect(control.getAttribute('autocomplete')).to.equal('off');
    expect(control.getAttribute('spellcheck')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('keeps what is typed in a number field as typed ("3,5", "007"): no type="number" rounding or dropping', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="n" type="number" label="Aantal"></wmebv-text-field>`);
    input(el).focus();
    await sendKeys({ type: '007,50' });
    expect(el.value).to.equal('007,50');
  });

  it('sizes bsn, kvk and iban inputs for their length, never wider than a 320px screen', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 288px">
      <wmebv-text-field name="a" type="bsn" label="BSN"></wmebv-text-field>
      <wmebv-text-field name="b" type="iban" label="IBAN"></wmebv-text-field>
    </div>`);
    const [bsn, iban] = [...wrapper.querySelectorAll('wmebv-text-field')];
    await bsn!.updateComplete;
    await iban!.updateComplete;
    const bsnWidth = input(bsn!).getBoundingClientRect().width;
    const ibanWidth = input(iban!).getBoundingClientRect().width;
    expect(bsnWidth).to.be.lessThan(ibanWidth);
    expect(ibanWidth).to.be.at.most(288);
  });

  it('accepts a value set before it renders and keeps it', async () => {
    const el = document.createElement('wmebv-text-field');
    el.value = 'vooraf';
    el.label = 'Naam';
    document.body.append(el);
    await el.updateComplete;
    expect(input(el).value).to.equal('vooraf');
    expect(el.value).to.equal('vooraf');
    el.remove();
  });

  it('is submitted once in a plain form, restored by form.reset(), and works with requestSubmit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <wmebv-text-field name="naam" label="Naam" value="Piet"></wmebv-text-field>
      <button type="submit" name="actie" value="verstuur">Verstuur</button>
    </form>`);
    const el = form.querySelector('wmebv-text-field')!;
    await el.updateComplete;
    expect(new FormData(form).getAll('naam')).to.deep.equal(['Piet']);
    input(el).focus();
    input(el).select();
    await sendKeys({ type: 'Klaas' });
    expect(new FormData(form).getAll('naam')).to.deep.equal(['Klaas']);

    form.addEventListener('submit', (event) => event.preventDefault());
    const submitted = oneEvent(form, 'submit');
    form.requestSubmit(form.querySelector('button')!);
    const event = (await submitted) as unknown as SubmitEvent;
    const data = new FormData(form, event.submitter);
    expect(data.getAll('naam')).to.deep.equal(['Klaas']);
    expect(data.get('actie')).to.equal('verstuur');

    form.reset();
    expect(el.value).to.equal('Piet');
    expect(new FormData(form).getAll('naam')).to.deep.equal(['Piet']);
  });

  it('is disabled inside <fieldset disabled> and then not submitted', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><wmebv-text-field name="naam" label="Naam" value="Piet"></wmebv-text-field></fieldset>
    </form>`);
    const el = form.querySelector('wmebv-text-field')!;
    await el.updateComplete;
    expect(input(el).matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('naam')).to.equal(false);
  });

  it('disables its input with the disabled attribute', async () => {
    const el = await mount(examples.Disabled);
    expect(input(el).disabled).to.equal(true);
  });

  it('shows "Waarom vragen we dit?" with the citation and a link for a required field with a legal basis', async () => {
    const el = await fixture<WmebvTextField>(
      html`<wmebv-text-field name="naam" label="Naam" required .legalBasis=${{ ...AWB_6_5, explanation: { nl: 'Zo weten we wie bezwaar maakt.', en: 'So we know who objects.' } }}></wmebv-text-field>`,
    );
    const details = el.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent!.trim()).to.equal('Waarom vragen we dit? (Naam)');
    expect(details.querySelector('a'), 'the content is rendered when opened').to.equal(null);
    details.querySelector('summary')!.click();
    await until(() => details.querySelector('a'), 'the disclosure to show its content');
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include('Dit is verplicht volgens artikel 6:5 lid 1 onder a Awb.');
    expect(text).to.include('Zo weten we wie bezwaar maakt.');
    const link = details.querySelector('a')!;
    expect(link.href).to.equal(AWB_6_5.url);
    expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Lees artikel 6:5 lid 1 onder a Awb (opent in een nieuw tabblad)');
    // Not for an optional field, even with a legal basis.
    el.required = false;
    await el.updateComplete;
    expect(el.querySelector('details')).to.equal(null);
  });

  it('reads its legal basis from a JSON attribute', async () => {
    const el = await fixture<WmebvTextField>(
      html`<wmebv-text-field name="naam" label="Naam" required legal-basis=${JSON.stringify(AWB_6_5)}></wmebv-text-field>`,
    );
    el.querySelector('summary')!.click();
    await until(() => el.querySelector('details')!.textContent!.includes('artikel 6:5 lid 1 onder a Awb'), 'the citation');
  });

  it('removes fallback children present before it renders', async () => {
    const wrapper = await fixture(
      html`<div><wmebv-text-field name="x" label="Naam"><p class="fallback">Werkt dit niet? Bel 14 0999</p></wmebv-text-field></div>`,
    );
    const el = wrapper.querySelector('wmebv-text-field')!;
    await el.updateComplete;
    expect(el.querySelector('.fallback')).to.equal(null);
    expect(el.querySelector('input')).to.exist;
  });

  it('gives two fields on one page distinct ids, each label pointing at its own input', async () => {
    const wrapper = await fixture(html`<div>
      <form><wmebv-text-field name="naam" label="Naam"></wmebv-text-field></form>
      <form><wmebv-text-field name="naam" label="Naam" hint="h" error="e"></wmebv-text-field></form>
    </div>`);
    const [a, b] = [...wrapper.querySelectorAll('wmebv-text-field')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.controlId).not.to.equal(b!.controlId);
    const ids = [...wrapper.querySelectorAll('[id]')].map((node) => node.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(a!.querySelector('label')!.control).to.equal(input(a!));
    expect(b!.querySelector('label')!.control).to.equal(input(b!));
  });

  it('focusControl() focuses the input and scrolls its label into view', async () => {
    const wrapper = await fixture(html`<div>
      <div style="height: 3000px"></div>
      <wmebv-text-field name="naam" label="Naam"></wmebv-text-field>
    </div>`);
    const el = wrapper.querySelector('wmebv-text-field')!;
    await el.updateComplete;
    window.scrollTo(0, 0);
    el.focusControl();
    expect(document.activeElement).to.equal(input(el));
    const labelTop = el.querySelector('label')!.getBoundingClientRect().top;
    expect(labelTop).to.be.within(-1, window.innerHeight - 20);
    window.scrollTo(0, 0);
  });

  it('keeps label, name and description under a hostile host stylesheet', async () => {
    const removeHostile = addHostileStylesheet();
    try {
      const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="naam" label="Naam" hint="Hint" error="Fout hier"></wmebv-text-field>`);
      const node = await accessibleNode('textbox', 'Naam (niet verplicht)');
      expect(node, 'textbox keeps its name').to.exist;
      expect(node!.description).to.equal('Hint Fout: Fout hier');
      const prefix = el.querySelector<HTMLElement>('.wmebv-error-message .wmebv-visually-hidden')!;
      expect(getComputedStyle(prefix).position).to.equal('absolute');
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
      const label = el.querySelector('label')!.getBoundingClientRect();
      expect(label.width).to.be.greaterThan(0);
      el.querySelector('label')!.click();
      expect(document.activeElement).to.equal(input(el));
      await expect(el).to.be.accessible();
    } finally {
      removeHostile();
    }
  });

  it('passes axe when empty, filled, with an error and with a legal basis', async () => {
    const el = await fixture<WmebvTextField>(html`<wmebv-text-field name="naam" label="Naam" hint="Hint"></wmebv-text-field>`);
    await expect(el).to.be.accessible();
    el.value = 'Jansen';
    await expect(el).to.be.accessible();
    el.error = 'Vul uw naam in';
    el.required = true;
    el.legalBasis = AWB_6_5;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.querySelector('details')!.open = true;
    await until(() => el.querySelector('details a'), 'the opened disclosure');
    await expect(el).to.be.accessible();
    expect(await accessibleNodes('link')).to.have.length(1);
  });
});
