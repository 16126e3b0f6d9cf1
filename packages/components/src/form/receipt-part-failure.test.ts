// A receipt kept in the session (a reload of the receipt page) on a fresh page that cannot load the
// reading of the session or the receipt's chunk (offline, or a deploy removed it): the only path on
// which the form needs the after-steps chunk without having loaded it for check your answers first. A test file of its own:
// chunk-failure.test.ts loads that chunk, and a module that loaded once is never fetched again.
import { expect, fixtureCleanup } from '@open-wc/testing';
import './form.js';
import { objectionDefinition } from './form.examples.js';
import { mountForm, offline, online } from './form.fixtures.js';
import { sampleEnvelope, sampleReceipt } from '../receipt/receipt.examples.js';
import { press, text, until } from '../../../../test/support/user.js';

describe('wmebv-form: a saved receipt whose part does not load', function () {
  this.timeout(180_000);
  afterEach(async () => (fixtureCleanup(), await online()));

  it('says so instead of a form to send again, first while the session cannot be read, and shows the receipt with focus on its heading after "Probeer opnieuw"', async () => {
    const saved = JSON.stringify({ receipt: sampleReceipt('nl'), envelope: sampleEnvelope('nl') });
    // Neither the reading of the session nor the receipt's part loads.
    await offline('*form/session-parse.*', '*form/after-steps.*');
    const form = await mountForm(objectionDefinition, {
      waitFor: '.wmebv-form__notice',
      session: { [`wmebv-receipt:${objectionDefinition.id}@${objectionDefinition.version}`]: saved },
    });
    const notice = form.querySelector('.wmebv-form__notice')!;
    expect(text(notice)).to.include('Uw eerder ingevulde antwoorden konden niet worden geladen');
    expect(form.querySelector('form, .wmebv-form__step-heading'), 'no empty form to send again').to.equal(null);
    await expect(form).to.be.accessible();

    // The session is read now, and says a receipt: its part still does not load.
    await offline('*form/after-steps.*');
    await press(form, 'Probeer opnieuw');
    await until(() => text(form.querySelector('.wmebv-form__notice')).includes('Een deel van dit formulier kon niet worden geladen'), 'the part');
    expect(form.querySelector('form, .wmebv-form__step-heading'), 'still no form to send again').to.equal(null);
    await expect(form).to.be.accessible();

    await online();
    await press(form, 'Probeer opnieuw');
    const heading = await until(() => form.querySelector<HTMLElement>('wmebv-receipt .wmebv-receipt__heading'), 'the receipt');
    expect(text(heading)).to.include('BZW-7KX2-QD4M');
    await until(() => document.activeElement === heading, "focus on the receipt's heading, not on <body> when the button went");
  });
});
