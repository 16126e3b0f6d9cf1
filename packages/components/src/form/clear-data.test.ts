import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { field, press, text, type, until } from '../../../../test/support/user.js';
import { accessibleNode } from '../../test/helpers.js';
import { REPORT_SESSION_KEY, reportJson } from './form.examples.js';
import { mountForm } from './form.fixtures.js';

// Issue 15 item 7: "Wis mijn gegevens" deleted everything at one key press. Now the page asks first
// (never window.confirm), says what is deleted, and moves focus to the question and back.

const KEY = REPORT_SESSION_KEY;

const render = (): Promise<WmebvForm> => mountForm(reportJson, { waitFor: '[data-field-id="wat"] input' });

const input = (form: WmebvForm) => field(form, 'wat').querySelector('input')!;
const clearButton = (form: WmebvForm) => [...form.querySelectorAll('button')].find((button) => text(button) === 'Wis mijn gegevens');

describe('wmebv-form: "Wis mijn gegevens" asks first (issue 15 item 7)', () => {
  let confirmCalls = 0;
  const original = window.confirm;
  beforeEach(() => {
    confirmCalls = 0;
    window.confirm = () => {
      confirmCalls += 1;
      return true;
    };
  });
  afterEach(() => {
    window.confirm = original;
  });

  it('asks in the page what will be deleted, with focus on the question, and deletes nothing yet', async () => {
    const form = await render();
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Wis mijn gegevens');
    const heading = await until(() => form.querySelector<HTMLElement>('.wmebv-form__clear-heading'), 'the question');
    await until(() => document.activeElement === heading, 'focus on the question');
    expect(confirmCalls, 'no window.confirm').to.equal(0);
    const spoken = await accessibleNode('heading', 'Wilt u uw gegevens wissen?');
    expect(spoken?.focused, 'the focused heading in the accessibility tree').to.equal(true);
    // Puppeteer's snapshot leaves groups out: the group's name is checked in the DOM (and by axe).
    const group = form.querySelector('.wmebv-form__clear--confirm')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(document.getElementById(group.getAttribute('aria-labelledby')!)).to.equal(heading);
    const said = text(form.querySelector('.wmebv-form__clear--confirm'));
    expect(said).to.include('uw antwoorden, de gekozen bestanden en uw akkoord bij de verklaringen').and.include('niet ongedaan maken');
    expect(await accessibleNode('button', 'Ja, wis mijn gegevens')).to.not.equal(null);
    expect(await accessibleNode('button', 'Nee, ga verder met invullen')).to.not.equal(null);
    expect(sessionStorage.getItem(KEY), 'nothing deleted yet').to.include('Losse stoeptegel');
    expect(input(form).value).to.equal('Losse stoeptegel');
    await expect(form).to.be.accessible();
  });

  it('"Nee" and Escape keep everything and return focus to "Wis mijn gegevens"', async () => {
    const form = await render();
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Wis mijn gegevens');
    await until(() => document.activeElement === form.querySelector('.wmebv-form__clear-heading'), 'focus on the question');
    await press(form, 'Nee, ga verder met invullen');
    await until(() => clearButton(form) && document.activeElement === clearButton(form), 'focus back on "Wis mijn gegevens"');
    expect(form.querySelector('.wmebv-form__clear--confirm')).to.equal(null);

    await press(form, 'Wis mijn gegevens');
    await until(() => document.activeElement === form.querySelector('.wmebv-form__clear-heading'), 'focus on the question again');
    await sendKeys({ press: 'Escape' });
    await until(() => clearButton(form) && document.activeElement === clearButton(form), 'focus back after Escape');
    expect(sessionStorage.getItem(KEY)).to.include('Losse stoeptegel');
    expect(input(form).value).to.equal('Losse stoeptegel');
    expect(confirmCalls).to.equal(0);
  });

  it('"Ja, wis mijn gegevens" deletes, says so in the status region, and puts focus on the first step', async () => {
    const form = await render();
    await type(form, 'wat', 'Losse stoeptegel');
    await press(form, 'Wis mijn gegevens');
    await until(() => form.querySelector('.wmebv-form__clear-heading'), 'the question');
    await press(form, 'Ja, wis mijn gegevens');
    await until(() => sessionStorage.getItem(KEY) === null, 'storage cleared');
    await until(() => input(form).value === '', 'the field emptied');
    await until(() => document.activeElement === form.querySelector('.wmebv-form__step-heading'), 'focus on the step heading');
    expect(text(form.querySelector('.wmebv-form > [role="status"]'))).to.equal('Uw gegevens zijn gewist.');
    expect(form.querySelector('.wmebv-form__clear--confirm')).to.equal(null);
    expect(confirmCalls).to.equal(0);
    await expect(form).to.be.accessible();
  });
});
