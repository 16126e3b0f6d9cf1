import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { mountForm } from './form.fixtures.js';
import { objection } from '../../../../test/fixtures/objection.js';
import { choose, field, press, text, type, until } from '../../../../test/support/user.js';
import { accessibleNode } from '../../test/helpers.js';

// Issue 15 item 3: moving through "Waar woont u?" with the arrow keys must not erase the typed
// address. Hidden answers stay in memory only: never in the review, sessionStorage or the envelope.

const KEY = 'wmebv-form:bezwaarschrift@1.0.0';

async function atAddressStep(): Promise<WmebvForm> {
  const form = await mountForm(objection, { waitFor: '[data-field-id="omschrijvingBesluit"]' });
  await type(form, 'omschrijvingBesluit', 'Weigering dakkapel');
  await press(form, 'Volgende stap');
  await until(() => form.querySelector('[data-field-id="gronden"]'), 'step two');
  await type(form, 'gronden', 'Past in de straat');
  await press(form, 'Volgende stap');
  await until(() => form.querySelector('[data-field-id="woonland"]'), 'step three');
  await type(form, 'naam', 'Jan Jansen');
  await choose(form, 'woonland', 'nl');
  await until(() => form.querySelector('[data-field-id="postcode"]'), 'the address fields');
  await type(form, 'straatHuisnummer', 'Dorpsstraat 1');
  await type(form, 'postcode', '1234 AB');
  await type(form, 'woonplaats', 'Voorbeeld');
  return form;
}

/** Walks "Waar woont u?" with the arrow keys, as the trial did: Nederland → buitenland (→ back). */
async function arrow(form: WmebvForm, key: 'ArrowDown' | 'ArrowUp', shown: string): Promise<void> {
  const checked = form.querySelector<HTMLInputElement>('[data-field-id="woonland"] input:checked')!;
  checked.focus();
  await sendKeys({ press: key });
  await until(() => form.querySelector(`[data-field-id="${shown}"]`), `${shown} to show`);
  await form.updateComplete;
}

describe('wmebv-form: answers of hidden fields (issue 15 item 3)', () => {
  it('brings the typed address back after Nederland → buitenland → Nederland, in the accessibility tree', async () => {
    const form = await atAddressStep();
    await arrow(form, 'ArrowDown', 'buitenlandsAdres');
    expect(form.querySelector('[data-field-id="postcode"]'), 'the address is hidden').to.equal(null);
    expect(sessionStorage.getItem(KEY), 'hidden answers never stored').to.not.include('1234 AB');
    await arrow(form, 'ArrowUp', 'postcode');
    await until(() => (field(form, 'postcode').querySelector('input') as HTMLInputElement).value === '1234 AB', 'the postcode back');
    expect((await accessibleNode('textbox', 'Straat en huisnummer'))?.value).to.equal('Dorpsstraat 1');
    expect((await accessibleNode('textbox', 'Postcode'))?.value).to.equal('1234 AB');
    expect((await accessibleNode('textbox', 'Woonplaats'))?.value).to.equal('Voorbeeld');
    expect(sessionStorage.getItem(KEY), 'shown again: stored again').to.include('1234 AB');
    await expect(form).to.be.accessible();
  });

  it('keeps a remembered address out of the review, and "Wis mijn gegevens" forgets it', async () => {
    const form = await atAddressStep();
    await arrow(form, 'ArrowDown', 'buitenlandsAdres');
    await type(form, 'buitenlandsAdres', 'Rue de la Paix 1, Parijs');
    await press(form, 'Naar controleren');
    const review = await until(() => form.querySelector('wmebv-review'), 'the review');
    await review.updateComplete;
    expect(text(review)).to.include('Rue de la Paix 1, Parijs');
    expect(text(review), 'hidden answers are not in the review').to.not.include('1234 AB');
    expect(text(review)).to.not.include('Dorpsstraat 1');
    expect(sessionStorage.getItem(KEY)).to.not.include('Dorpsstraat');

    await press(form, 'Wis mijn gegevens');
    await until(() => form.querySelector('.wmebv-form__clear-heading'), 'the question whether to clear');
    await press(form, 'Ja, wis mijn gegevens');
    await until(() => form.querySelector('[data-field-id="omschrijvingBesluit"]'), 'back at the start');
    await type(form, 'omschrijvingBesluit', 'Weigering dakkapel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="gronden"]'), 'step two');
    await type(form, 'gronden', 'Past in de straat');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="woonland"]'), 'step three');
    await choose(form, 'woonland', 'nl');
    const postcode = await until(() => form.querySelector<HTMLInputElement>('[data-field-id="postcode"] input'), 'the postcode');
    expect(postcode.value, 'wiped answers do not come back').to.equal('');
  });
});
