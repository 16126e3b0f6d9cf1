import { expect } from '@open-wc/testing';
import '@wmebv/components';
import { press, text, type, until } from '../../../../test/support/user.js';
import { accessibleNode } from '../../test/helpers.js';
import { reportJson } from './form.examples.js';
import { mountForm } from './form.fixtures.js';

// Issue 15 ("Also"): after "Wijzig" on the review and back, focus returns to that "Wijzig" button
// (GOV.UK), not to the review's heading, so a keyboard or screen reader user is where they left.

const definition = {
  ...reportJson,
  steps: [
    { id: 'een', title: 'Wat', fields: [{ id: 'wat', type: 'text', label: { nl: 'Omschrijving', en: 'Description' } }] },
    { id: 'twee', title: 'Waar', fields: [{ id: 'waar', type: 'text', label: { nl: 'Plaats', en: 'Place' } }] },
  ],
};

describe('wmebv-form: back on the review after "Wijzig" (issue 15)', () => {
  it('puts focus on the "Wijzig" button the user came from', async () => {
    const form = await mountForm(definition, { waitFor: '[data-field-id="wat"] input' });
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="waar"] input'), 'step two');
    await type(form, 'waar', 'Dorpsstraat');
    await press(form, 'Naar controleren');
    const review = await until(() => form.querySelector('wmebv-review'), 'the review');
    await review.updateComplete;
    await press(review, 'Wijzig Plaats');
    await until(() => document.activeElement === form.querySelector('[data-field-id="waar"] input'), 'focus on the field');
    await type(form, 'waar', ' 12');
    await press(form, 'Opslaan en terug naar controleren');
    const back = await until(() => form.querySelector<HTMLButtonElement>('wmebv-review button[data-field-id="waar"]'), 'back on the review');
    await until(() => document.activeElement === back, 'focus on "Wijzig Plaats"');
    expect(text(form.querySelector('wmebv-review'))).to.include('Dorpsstraat 12');
    const focused = await accessibleNode('button', 'Wijzig Plaats');
    expect(focused?.focused, 'the focused "Wijzig Plaats" in the accessibility tree').to.equal(true);
    // An ordinary arrival on the review still focuses its heading.
    await press(form.querySelector('wmebv-review')!, 'Wijzig Omschrijving');
    await until(() => form.querySelector('[data-field-id="wat"] input'), 'step one');
    await press(form, 'Opslaan en terug naar controleren');
    const again = await until(() => form.querySelector<HTMLButtonElement>('wmebv-review button[data-field-id="wat"]'), 'the review again');
    await until(() => document.activeElement === again, 'focus on "Wijzig Omschrijving"');
    await expect(form).to.be.accessible();
  });
});
