import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { Finding } from '@wmebv/core';
import '@wmebv/components';
import type { WmebvCheckbox, WmebvForm } from '@wmebv/components';
import { field, press, text, type, until } from '../../../../test/support/user.js';
import { accessibleNode } from '../../test/helpers.js';
import { reportJson } from './form.examples.js';
import { mountForm } from './form.fixtures.js';

const small = {
  ...reportJson,
  steps: [
    {
      id: 'een',
      title: { nl: 'Wat wilt u melden?', en: 'What do you want to report?' },
      fields: [
        {
          id: 'wat',
          type: 'text',
          label: { nl: 'Omschrijving', en: 'Description' },
          required: true,
          legalBasis: { law: 'Awb', article: '4:2', paragraph: '1', point: 'c', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=4:2' },
        },
        { id: 'waar', type: 'text', label: { nl: 'Waar?', en: 'Where?' }, maxLength: 10 },
      ],
    },
    {
      id: 'twee',
      title: { nl: 'Uw e-mailadres', en: 'Your email address' },
      fields: [{ id: 'email', type: 'email', label: { nl: 'E-mailadres', en: 'Email address' } }],
    },
  ],
};

const render = (definition: unknown, lang = 'nl'): Promise<WmebvForm> => mountForm(definition, { lang });

describe('wmebv-form', () => {
  it('shows the title, the first step, help and both statements, and passes axe', async () => {
    const form = await render(small);
    expect(text(form.querySelector('h1'))).to.equal('Melding doen');
    expect(text(form.querySelector('.wmebv-form__step-heading'))).to.equal('Stap 1 van 3 Wat wilt u melden?');
    const links = [...form.querySelectorAll('.wmebv-form__support a')].map((link) => [text(link), link.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Bel 14 0999', 'tel:140999'],
      ['Andere manieren om contact op te nemen', 'https://www.example.org/contact'],
      ['Privacyverklaring', 'https://www.example.org/privacy'],
      ['Toegankelijkheidsverklaring', 'https://www.example.org/toegankelijkheid'],
    ]);
    expect(text(field(form, 'waar'))).to.include('(niet verplicht)');
    expect(text(field(form, 'wat'))).to.not.include('(niet verplicht)');
    expect(text(form)).to.not.include('*');
    expect(document.title).to.equal('Wat wilt u melden? – Melding doen');
    await expect(form).to.be.accessible();
  });

  it('keeps help in the same place on every step (WCAG 2.2 SC 3.2.6)', async () => {
    const form = await render(small);
    const before = text(form.querySelector('.wmebv-form__support'));
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes('Uw e-mailadres'), 'step two');
    expect(text(form.querySelector('.wmebv-form__support'))).to.equal(before);
  });

  it('validates only when moving on, then focuses the error summary and prefixes the title', async () => {
    const form = await render(small);
    await type(form, 'waar', 'Dorpsstraat bij nummer 12');
    expect(form.querySelector('wmebv-error-summary a'), 'no errors while typing').to.equal(null);
    expect(field(form, 'waar').querySelector('[aria-invalid="true"]')).to.equal(null);
    await press(form, 'Volgende stap');
    const heading = await until(() => form.querySelector<HTMLElement>('wmebv-error-summary h2'), 'the summary');
    await until(() => document.activeElement === heading, 'focus on the summary');
    const messages = [...form.querySelectorAll('wmebv-error-summary a')].map(text);
    expect(messages).to.deep.equal(['Vul een antwoord in bij "Omschrijving".', '"Waar?" mag maximaal 10 tekens hebben. Het zijn er nu 25.']);
    expect(text(field(form, 'wat').querySelector('.wmebv-error-message'))).to.include(messages[0]!);
    expect(document.title).to.equal('Fout: Wat wilt u melden? – Melding doen');
    expect((field(form, 'waar').querySelector('input') as HTMLInputElement).value).to.equal('Dorpsstraat bij nummer 12');
    await expect(form).to.be.accessible();
  });

  it('focuses the new step heading and keeps answers going back and forth', async () => {
    const form = await render(small);
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => document.activeElement === form.querySelector('.wmebv-form__step-heading'), 'focus on step two');
    expect(document.title).to.equal('Uw e-mailadres – Melding doen');
    await type(form, 'email', 'jan@voorbeeld.nl');
    await press(form, 'Vorige stap');
    await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes('Wat wilt u melden?'), 'step one');
    expect((field(form, 'wat').querySelector('input') as HTMLInputElement).value).to.equal('Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="email"]'), 'step two');
    expect((field(form, 'email').querySelector('input') as HTMLInputElement).value).to.equal('jan@voorbeeld.nl');
  });

  it('returns straight to the review after changing an answer there', async () => {
    const form = await render(small);
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="email"]'), 'step two');
    await press(form, 'Naar controleren');
    await until(() => form.querySelector('wmebv-review'), 'the review');
    const change = form.querySelector<HTMLButtonElement>('wmebv-review button[data-field-id="wat"]')!;
    expect(text(change)).to.equal('Wijzig Omschrijving');
    await press(form.querySelector('wmebv-review')!, 'Wijzig Omschrijving');
    const input = await until(() => field(form, 'wat')?.querySelector('input'), 'the field to change');
    await until(() => document.activeElement === input, 'focus on the field');
    await type(form, 'wat', ' en gat');
    await press(form, 'Opslaan en terug naar controleren');
    await until(() => form.querySelector('wmebv-review'), 'back on the review');
    expect(text(form.querySelector('wmebv-review'))).to.include('Losse stoeptegel en gat');
  });

  it('keeps every answer and says so when sending fails, with focus on the message', async () => {
    const form = await render(small);
    form.action = '/api/forms/not-served-here/submissions';
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="email"]'), 'step two');
    await press(form, 'Naar controleren');
    await until(() => form.querySelector('wmebv-review'), 'the review');
    await press(form, 'Verstuur');
    const heading = await until(() => form.querySelector<HTMLElement>('.wmebv-form__notice-heading'), 'the failure notice');
    await until(() => document.activeElement === heading, 'focus on the notice');
    expect(text(form.querySelector('.wmebv-form__notice'))).to.include('Uw antwoorden zijn bewaard');
    expect(text(form.querySelector('wmebv-review'))).to.include('Losse stoeptegel');
    expect(sessionStorage.getItem('wmebv-form:melding@1.0.0')).to.include('Losse stoeptegel');
    expect(form.querySelector('button[type=submit]')!.getAttribute('aria-disabled')).to.equal(null);
  });

  it('renders a declaration as a wmebv-checkbox that is not announced invalid on arrival, only after a send without it', async () => {
    const withDeclaration = {
      ...small,
      declarations: [
        {
          id: 'waarheid',
          label: { nl: 'Ik heb dit naar waarheid ingevuld.', en: 'I filled this in truthfully.' },
          required: true,
          legalBasis: { law: 'Awb', article: '6:5', paragraph: '1', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5' },
        },
      ],
    };
    const form = await render(withDeclaration);
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="email"]'), 'step two');
    await press(form, 'Naar controleren');
    const declaration = await until(() => form.querySelector<WmebvCheckbox>('wmebv-checkbox[data-declaration-id="waarheid"]'), 'the declaration');
    await declaration.updateComplete;
    const onArrival = await accessibleNode('checkbox', 'Ik heb dit naar waarheid ingevuld.');
    expect(onArrival, 'the declaration in the accessibility tree').to.not.equal(null);
    expect(onArrival!.invalid ?? false, 'not invalid on arrival (issue 15, item 2)').to.equal(false);
    expect(declaration.querySelector('input')!.required).to.equal(true);
    await press(form, 'Verstuur');
    const summary = await until(() => form.querySelector('wmebv-error-summary a'), 'the error summary');
    expect(summary.getAttribute('href')).to.equal(`#${declaration.controlId}`);
    await until(() => declaration.querySelector('input')?.getAttribute('aria-invalid') === 'true', 'the declaration marked invalid');
    const afterSend = await accessibleNode('checkbox', 'Ik heb dit naar waarheid ingevuld.');
    expect(afterSend!.invalid).to.equal('true');
    await expect(form).to.be.accessible();
  });

  it('speaks English when the page does', async () => {
    const form = await render(small, 'en');
    expect(text(form.querySelector('h1'))).to.equal('Make a report');
    expect(text(field(form, 'waar'))).to.include('(optional)');
    expect(text(form.querySelector('.wmebv-form__actions'))).to.include('Next step');
  });

  it('keeps answers only in sessionStorage, and clears them on request', async () => {
    localStorage.clear();
    const form = await render(small);
    await type(form, 'wat', 'Losse stoeptegel');
    expect(sessionStorage.getItem('wmebv-form:melding@1.0.0')).to.include('Losse stoeptegel');
    expect(localStorage.length).to.equal(0);
    await press(form, 'Wis mijn gegevens');
    await until(() => form.querySelector('.wmebv-form__clear-heading'), 'the question whether to clear');
    await press(form, 'Ja, wis mijn gegevens');
    await until(() => sessionStorage.getItem('wmebv-form:melding@1.0.0') === null, 'storage cleared');
    await until(() => (field(form, 'wat').querySelector('input') as HTMLInputElement).value === '', 'the field emptied');
    expect(text(form.querySelector('[role="status"]'))).to.equal('Uw gegevens zijn gewist.');
  });

  it('works twice on one page with distinct ids', async () => {
    sessionStorage.clear();
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
      <wmebv-form .definition=${small}></wmebv-form><wmebv-form .definition=${small}></wmebv-form>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('wmebv-form')];
    await until(() => first!.querySelector('input') && second!.querySelector('input'), 'both forms');
    const ids = [...wrapper.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).to.equal(ids.length);
    const labelOf = (form: Element) => form.querySelector('input')!.labels![0]!;
    expect(labelOf(first!)).to.not.equal(labelOf(second!));
    expect(text(labelOf(second!))).to.equal('Omschrijving');
  });

  it('shows a definition with a misspelt property, which only zod’s parse (loaded for it) takes, without the misspelt property', async () => {
    // The generated validator leaves unknown properties to zod (D4): parseDefinition drops them
    // with an `unknown-property` warning, and a form shows what the rest defines.
    const misspelt = structuredClone(small) as typeof small & { steps: Array<{ fields: Array<Record<string, unknown>> }> };
    misspelt.steps[0]!.fields[1]!.requried = true;
    const form = await render(misspelt);
    await form.ready;
    expect(text(field(form, 'waar'))).to.include('(niet verplicht)');
    expect(text(field(form, 'wat'))).to.not.include('(niet verplicht)');
  });
});

describe('wmebv-form with a definition it cannot use', () => {
  const unusable: Array<[string, unknown, string]> = [
    [
      'a required field without a legal basis',
      { ...small, steps: [{ id: 'a', title: 'A', fields: [{ id: 'x', type: 'text', label: 'X', required: true }] }] },
      'required-without-legal-basis',
    ],
    ['an unknown field type', { ...small, steps: [{ id: 'a', title: 'A', fields: [{ id: 'x', type: 'slider', label: 'X' }] }] }, 'schema'],
    [
      'a duplicate id',
      {
        ...small,
        steps: [
          {
            id: 'a',
            title: 'A',
            fields: [
              { id: 'x', type: 'text', label: 'X' },
              { id: 'x', type: 'text', label: 'Y' },
            ],
          },
        ],
      },
      'duplicate-id',
    ],
    ['malformed JSON', '{"id": "melding", ', 'json-syntax'],
  ];

  for (const [what, definition, ruleId] of unusable) {
    it(`shows only "temporarily unavailable" with the support route for ${what}, and tells the developer`, async () => {
      const errors: unknown[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args);
      try {
        const wrapper = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
        const form = document.createElement('wmebv-form');
        form.innerHTML = '<p>Werkt dit formulier niet? Bel <a href="tel:140999">14 0999</a>.</p>';
        const event = oneEvent(form, 'wmebv-definition-error');
        form.definition = definition;
        wrapper.append(form);
        const { detail } = (await event) as CustomEvent<{ findings: Finding[]; messages: string[] }>;
        expect(detail.findings.map((finding) => finding.ruleId)).to.include(ruleId);
        await form.updateComplete;
        expect(text(form)).to.include('Dit formulier werkt op dit moment niet');
        expect(text(form)).to.include('Bel 14 0999');
        expect(form.querySelector('input, textarea, wmebv-text-field, form'), 'no half form').to.equal(null);
        expect(String(errors[0])).to.include(ruleId);
        expect(String(errors[0])).to.include('npx wmebv lint');
        // The tests resolve the `development` export condition: each line ends in the English sentence
        // (production builds give the message key and parameters: describe-findings.node.test.ts).
        expect(detail.messages).to.have.length(detail.findings.length);
        for (const message of detail.messages) expect(message).not.to.match(/findings\.|\{\{/);
        await expect(form).to.be.accessible();
      } finally {
        console.error = original;
      }
    });
  }

  it('is unavailable when the definition cannot be fetched', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl"></div>`);
    const form = document.createElement('wmebv-form');
    const original = console.error;
    console.error = () => undefined;
    try {
      const event = oneEvent(form, 'wmebv-definition-error');
      form.src = '/api/forms/does-not-exist';
      wrapper.append(form);
      await event;
      await form.updateComplete;
      expect(text(form)).to.include('Dit formulier werkt op dit moment niet');
    } finally {
      console.error = original;
    }
  });
});
