import { expect, fixture, html } from '@open-wc/testing';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { type, until } from '../../../../test/support/user.js';
import { reportJson } from './form.examples.js';

// Issue 15 item 12: the same form twice on one page keeps two sets of saved answers.

/** Renders the page (again, as after a reload: new elements, the same sessionStorage). */
async function page(ids: [string, string]): Promise<WmebvForm[]> {
  for (const old of document.querySelectorAll('wmebv-form')) old.remove(); // the page before the reload
  const wrapper = await fixture<HTMLElement>(html`<div lang="nl">
    <wmebv-form id=${ids[0] || undefined!} .definition=${reportJson}></wmebv-form>
    <wmebv-form id=${ids[1] || undefined!} .definition=${reportJson}></wmebv-form>
  </div>`);
  const forms = [...wrapper.querySelectorAll('wmebv-form')];
  for (const form of forms) await until(() => form.querySelector('.wmebv-form__step-heading'), 'the form to render');
  return forms;
}

function typed(form: WmebvForm): string {
  return form.querySelector<HTMLInputElement>('[data-field-id="wat"] input')!.value;
}

describe('wmebv-form twice on one page', function () {
  this.timeout(120_000);
  const warn = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    sessionStorage.clear();
    warnings = [];
    console.warn = (message: string) => void warnings.push(message);
  });
  afterEach(() => {
    console.warn = warn;
    sessionStorage.clear();
  });

  for (const [name, ids] of [
    ['with an id each', ['klacht', 'melding-buurt']],
    ['without ids (by their order, with a warning)', ['', '']],
  ] as const) {
    it(`keeps the answers of each apart after a reload, ${name}`, async () => {
      const [, second] = await page([...ids]);
      await type(second!, 'wat', 'Losse stoeptegel');
      await until(() => Object.values({ ...sessionStorage }).some((saved) => String(saved).includes('Losse stoeptegel')), 'the answer to be saved');

      const [first, secondAgain] = await page([...ids]);
      await until(() => typed(secondAgain!) === 'Losse stoeptegel', 'the answer back in the form it was typed in');
      expect(typed(first!)).to.equal('');
      if (ids[0]) expect(warnings).to.deep.equal([]);
      else expect(warnings.join('\n')).to.include('without an id');
    });
  }
});
