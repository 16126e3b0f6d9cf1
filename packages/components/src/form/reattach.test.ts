import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import { objection } from '../../../../test/fixtures/objection.js';
import { text, until } from '../../../../test/support/user.js';

describe('wmebv-form after a reload', function () {
  this.timeout(180_000);

  it('keeps the typed answers and says which files to choose again (files are never stored)', async () => {
    sessionStorage.clear();
    const id = `${objection['id']}@${objection['version']}`;
    sessionStorage.setItem(
      `wmebv-form:${id}`,
      JSON.stringify({
        values: { omschrijvingBesluit: 'Weigering dakkapel', afschriftBesluit: ['afschriftBesluit-0'] },
        stepIndex: 0,
        declarations: {},
      }),
    );
    const wrapper = await fixture<HTMLElement>(html`<div lang="nl"><wmebv-form .definition=${objection}></wmebv-form></div>`);
    const form = wrapper.querySelector('wmebv-form')!;
    const message = await until(() => form.querySelector('.wmebv-form__reattach'), 'the re-attach message');
    expect(text(message)).to.include('Voeg ze opnieuw toe bij').and.include('"Kopie van het besluit"');
    expect(
      form.querySelector<HTMLInputElement>('[data-field-id="omschrijvingBesluit"] input, [data-field-id="omschrijvingBesluit"] textarea')!.value,
    ).to.equal('Weigering dakkapel');
    sessionStorage.clear();
  });
});
