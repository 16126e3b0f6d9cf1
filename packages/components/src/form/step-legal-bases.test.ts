import { expect } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { mountForm } from './form.fixtures.js';
import { objection } from '../../../../test/fixtures/objection.js';
import { choose, until } from '../../../../test/support/user.js';
import { accessibleNodes } from '../../test/helpers.js';

// Issue 15 item 8: a form may show the legal bases once per step ("Waarom vragen we deze
// gegevens?") instead of a disclosure under every required question (WCAG 2.2 SC 2.4.6, 2.4.3).

/** The demo's objection form with its details step first (five required questions, one basis). */
function detailsFirst(placement: { form?: 'question' | 'step'; step?: 'question' | 'step' }): Record<string, unknown> {
  const definition = structuredClone(objection) as { steps: Array<Record<string, unknown>>; legalBasisPlacement?: string };
  const details = definition.steps.find((step) => step['id'] === 'gegevens')!;
  definition.steps = [details, ...definition.steps.filter((step) => step !== details)];
  if (placement.form) definition.legalBasisPlacement = placement.form;
  if (placement.step) details['legalBasisPlacement'] = placement.step;
  return definition;
}

const render = (definition: Record<string, unknown>): Promise<WmebvForm> => mountForm(definition, { waitFor: '.wmebv-form__step-heading' });

const disclosureNames = async (): Promise<string[]> => (await accessibleNodes('DisclosureTriangle')).map((node) => node.name);

describe('wmebv-form: the legal bases once per step (legalBasisPlacement)', () => {
  it('shows one "Waarom vragen we deze gegevens?" after the questions, naming every required question shown', async () => {
    const form = await render(detailsFirst({ form: 'step' }));
    expect(await disclosureNames()).to.deep.equal(['Waarom vragen we deze gegevens?']);
    await choose(form, 'woonland', 'nl');
    await until(() => form.querySelector('[data-field-id="woonplaats"]'), 'the address questions');
    const details = form.querySelector<HTMLDetailsElement>('details.wmebv-legal-basis--step')!;
    // After the last question, before the buttons: read once the questions are known.
    const fields = [...form.querySelectorAll('[data-field-id]')];
    expect(fields.at(-1)!.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    details.querySelector('summary')!.click();
    await until(() => details.open, 'the disclosure to open');
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.include(
      'Verplicht volgens artikel 6:5 lid 1 onder a Awb: "Naam", "Waar woont u?", "Straat en huisnummer", "Postcode" en "Woonplaats".',
    );
    expect(text).to.not.include('Machtiging');
    expect((await accessibleNodes('link')).map((node) => node.name).filter((name) => name.startsWith('Lees artikel'))).to.have.length(1);
    expect(await disclosureNames()).to.deep.equal(['Waarom vragen we deze gegevens?']);
    await expect(form).to.be.accessible();
  });

  it('lets a step keep the disclosure under each question, each named after its question', async () => {
    await render(detailsFirst({ form: 'step', step: 'question' }));
    expect(await disclosureNames()).to.deep.equal(['Waarom vragen we dit? (Naam)', 'Waarom vragen we dit? (Waar woont u?)']);
  });

  it('shows no step disclosure by default', async () => {
    const form = await render(detailsFirst({}));
    expect(form.querySelector('details.wmebv-legal-basis--step')).to.equal(null);
    expect(await disclosureNames()).to.deep.equal(['Waarom vragen we dit? (Naam)', 'Waarom vragen we dit? (Waar woont u?)']);
  });
});
