/**
 * The whole objection form (Awb 6:5) as a citizen uses it, with only a keyboard: fill in, review,
 * agree, send to the real intake endpoint (SQLite behind it), read the receipt.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { choose, field, press, text, type, typeDate, until } from '../support/user.js';

async function openForm(): Promise<WmebvForm> {
  sessionStorage.clear();
  const form = await fixture<WmebvForm>(html`<div lang="nl">
    <wmebv-form src="/api/forms/bezwaarschrift" action="/api/forms/bezwaarschrift/submissions"></wmebv-form>
  </div>`).then((wrapper) => wrapper.querySelector('wmebv-form')!);
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
  return form;
}

async function nextStep(form: WmebvForm, heading: string): Promise<void> {
  await press(form, /Volgende stap|Naar controleren/);
  await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes(heading), `step "${heading}"`);
  await until(() => document.activeElement === form.querySelector('.wmebv-form__step-heading'), 'focus on the step heading');
}

async function fillDecisionAndObjection(form: WmebvForm, name = 'Jan Jansen'): Promise<void> {
  await type(form, 'omschrijvingBesluit', 'Weigering omgevingsvergunning dakkapel');
  await typeDate(form, 'datumBesluit', '16', '3', '2026');
  await nextStep(form, 'Uw bezwaar');
  await type(form, 'gronden', 'De dakkapel past in het straatbeeld.\nDe buren hebben geen bezwaar.');
  await choose(form, 'horen', 'ja');
  await nextStep(form, 'Uw gegevens');
  if (name) await type(form, 'naam', name);
}

async function reviewAgreeAndSend(form: WmebvForm): Promise<HTMLElement> {
  await nextStep(form, 'Controleer uw antwoorden');
  const declaration = form.querySelector<HTMLInputElement>('input[name="verklaring"]')!;
  declaration.focus();
  const { sendKeys } = await import('@web/test-runner-commands');
  await sendKeys({ press: 'Space' });
  expect(declaration.checked).to.equal(true);
  await press(form, 'Verstuur');
  const heading = await until(() => form.querySelector<HTMLElement>('wmebv-receipt h2'), 'the receipt');
  await until(() => document.activeElement === heading, 'focus on the receipt heading');
  return heading;
}

describe('the objection form, end to end', () => {
  it('sends an objection from someone living in the Netherlands and shows the receipt', async function () {
    // Every field typed key by key, then axe over the whole receipt page: longer than the default 10 s.
    this.timeout(180_000);
    const form = await openForm();
    await fillDecisionAndObjection(form);
    await choose(form, 'woonland', 'nl');
    await until(() => form.querySelector('[data-field-id="postcode"]'), 'the postcode field');
    await type(form, 'straatHuisnummer', 'Dorpsstraat 1');
    await type(form, 'postcode', '1234ab');
    await type(form, 'woonplaats', 'Voorbeeld');

    await nextStep(form, 'Controleer uw antwoorden');
    const review = text(form.querySelector('wmebv-review'));
    expect(review).to.include('16 maart 2026');
    expect(review).to.include('1234 AB');
    expect(review).to.not.include('Uw adres in het buitenland');
    await press(form, 'Vorige stap');
    await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes('Uw gegevens'), 'back to the details');
    expect((field(form, 'naam').querySelector('input') as HTMLInputElement).value).to.equal('Jan Jansen');

    const heading = await reviewAgreeAndSend(form);
    expect(text(heading)).to.match(/^Ontvangen met kenmerk BZW-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const receipt = form.querySelector('wmebv-receipt')!;
    const time = receipt.querySelector('time')!;
    expect(time.dateTime).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(\+0[12]:00)$/);
    expect(text(time)).to.match(/^\d{1,2} [a-z]+ \d{4} om \d{2}:\d{2}$/);
    expect(text(receipt)).to.include('Gemeente Voorbeeld');
    expect(text(receipt)).to.include('Wij sturen u binnen 2 weken een brief');
    expect(text(receipt)).to.include('Dorpsstraat 1');
    expect(document.title).to.include('Ontvangen met kenmerk');
    // Answers are cleared after sending; only the receipt (with what it confirms) stays for a reload.
    expect(Object.keys(sessionStorage), 'answers are cleared after sending').to.deep.equal(['wmebv-receipt:bezwaarschrift@1.0.0']);
    // Audit the page as it ends up: after the browser checked the receipt's signature.
    await until(() => receipt.querySelector('[data-status="valid"]'), 'the receipt checked as authentic');
    await expect(form).to.be.accessible();
  });

  it('sends an objection from someone living abroad, without a Dutch postcode', async () => {
    const form = await openForm();
    await fillDecisionAndObjection(form);
    await choose(form, 'woonland', 'buitenland');
    await until(() => form.querySelector('[data-field-id="buitenlandsAdres"]'), 'the address abroad');
    expect(form.querySelector('[data-field-id="postcode"]')).to.equal(null);
    await type(form, 'buitenlandsAdres', 'Rue de la Loi 16\n1000 Brussel\nBelgië');

    const heading = await reviewAgreeAndSend(form);
    expect(text(heading)).to.match(/^Ontvangen met kenmerk BZW-/);
    const receipt = text(form.querySelector('wmebv-receipt'));
    expect(receipt).to.include('Rue de la Loi 16');
    expect(receipt).to.not.include('Postcode');
  });

  it('shows what is missing when moving on, and keeps what was typed', async () => {
    const form = await openForm();
    await typeDate(form, 'datumBesluit', '31', '4', '2026');
    await press(form, 'Volgende stap');
    const summary = await until(() => form.querySelector<HTMLElement>('wmebv-error-summary h2'), 'the error summary');
    await until(() => document.activeElement === summary, 'focus on the error summary');
    expect(document.title.startsWith('Fout: ')).to.equal(true);
    const links = [...form.querySelectorAll('wmebv-error-summary a')].map(text);
    // The demo's own messages (errorMessages), not the generic defaults (issue 15 item 9).
    expect(links).to.deep.equal([
      'Beschrijf tegen welk besluit u bezwaar maakt.',
      'De datum van het besluit moet een bestaande datum zijn. Vul dag, maand en jaar in zoals op de brief, bijvoorbeeld 15 3 2026.',
    ]);
    expect(text(field(form, 'datumBesluit').querySelector('.wmebv-error-message'))).to.include(links[1]!);
    const dayInput = field(form, 'datumBesluit').querySelector('input')!;
    expect(dayInput.value).to.equal('31');
  });

  it("words every error on the details step and the declaration in the question's own words (errorMessages)", async function () {
    this.timeout(120_000);
    const form = await openForm();
    await fillDecisionAndObjection(form, '');
    await type(form, 'email', 'jan@');
    await press(form, 'Naar controleren');
    await until(() => form.querySelector('wmebv-error-summary a'), 'the error summary');
    const links = [...form.querySelectorAll('wmebv-error-summary a')].map(text);
    expect(links).to.deep.equal([
      'Vul uw naam in.',
      'Kies of u in Nederland of in het buitenland woont.',
      'Vul een e-mailadres in zoals naam@voorbeeld.nl, of laat dit leeg.',
    ]);
    expect(text(field(form, 'naam').querySelector('.wmebv-error-message'))).to.equal('Fout: Vul uw naam in.');
    expect(text(field(form, 'woonland').querySelector('.wmebv-error-message'))).to.equal('Fout: Kies of u in Nederland of in het buitenland woont.');

    await type(form, 'naam', 'Jan Jansen');
    await choose(form, 'woonland', 'buitenland');
    await until(() => form.querySelector('[data-field-id="buitenlandsAdres"]'), 'the address abroad');
    await type(form, 'buitenlandsAdres', 'Rue de la Loi 16, Brussel');
    await type(form, 'email', 'voorbeeld.nl');
    await nextStep(form, 'Controleer uw antwoorden');
    await press(form, 'Verstuur');
    await until(() => form.querySelector('wmebv-error-summary a'), 'the error summary on the review step');
    expect([...form.querySelectorAll('wmebv-error-summary a')].map(text)).to.deep.equal([
      'Vink aan dat u het formulier naar waarheid hebt ingevuld. Daarmee ondertekent u uw bezwaar.',
    ]);
  });

  it('Awb 6:8: asks for the day the decision was sent or announced, where the letter says it, and calls the end it works out an estimate', async () => {
    const form = await openForm();
    const date = field(form, 'datumBesluit');
    expect(text(date.querySelector('legend, label'))).to.include('Op welke datum is het besluit verstuurd of bekendgemaakt?');
    expect(text(date)).to.include("Dat staat meestal op de brief, bij 'Verzonden'.");
    await typeDate(form, 'datumBesluit', '16', '3', '2026');
    const hint = await until(() => form.querySelector<HTMLElement>('.wmebv-deadline'), 'the deadline hint');
    expect(text(hint)).to.include('de dag nadat het besluit is verstuurd of bekendgemaakt').and.include('schatting');
  });
});
