import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { mountForm } from './form.fixtures.js';
import { objection } from '../../../../test/fixtures/objection.js';
import { choose, field, press, type, typeDate, until } from '../../../../test/support/user.js';
import { accessibilityTree, type AXNode } from '../../test/helpers.js';

// Issue 15 item 4: a status message that appears while answering is announced (WCAG 2.2 SC 4.1.3),
// and questions revealed by a radio option follow that option, which names them in aria-controls.

const render = (): Promise<WmebvForm> => mountForm(objection, { waitFor: '.wmebv-form__step-heading' });

/** The accessibility tree in reading order, as "role name" lines (text nodes by their text). */
async function readingOrder(): Promise<string[]> {
  const lines: string[] = [];
  const walk = (node: AXNode): void => {
    lines.push(`${node.role} ${node.name}`);
    for (const child of node.children ?? []) walk(child);
  };
  walk(await accessibilityTree());
  return lines;
}

function indexOf(lines: string[], wanted: string): number {
  const index = lines.findIndex((line) => line.includes(wanted));
  if (index < 0) throw new Error(`"${wanted}" is not in the accessibility tree:\n${lines.join('\n')}`);
  return index;
}

/** A date `days` from today in Amsterdam, as day, month, year strings. */
function daysFromToday(days: number): [string, string, string] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000)).split('-');
  return [String(Number(parts[2])), String(Number(parts[1])), parts[0]!];
}

describe('wmebv-form: what is announced while answering (issue 15 item 4)', function () {
  this.timeout(180_000); // typing dates key by key is slow on a busy machine

  it('says "the period has probably passed" once, in a polite live region that was there before, with the late-reason question after it', async () => {
    const form = await render();
    const region = await until(
      () => form.querySelector<HTMLElement>('[data-deadline-for="datumBesluit"] [role="status"]'),
      'the live region, before any date',
    );
    expect(region.textContent!.trim(), 'silent before a date').to.equal('');
    // Count what a screen reader would be told: each time the region's text changes to something.
    const heard: string[] = [];
    const observer = new MutationObserver(() => {
      const said = region.textContent!.replace(/\s+/g, ' ').trim();
      if (said && said !== heard.at(-1)) heard.push(said);
    });
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    const [day, month, year] = daysFromToday(-120);
    await typeDate(form, 'datumBesluit', day, month, year);
    await until(() => form.querySelector('.wmebv-deadline--passed wmebv-textarea'), 'the late-reason question');
    // Correct the day to another late date: nothing new to announce.
    const dayInput = field(form, 'datumBesluit').querySelector('input')!;
    dayInput.focus();
    dayInput.select();
    await sendKeys({ type: day === '1' ? '2' : '1' });
    await form.updateComplete;
    await until(() => form.querySelector('.wmebv-deadline--passed'), 'still passed');
    observer.disconnect();
    expect(region.isConnected, 'the same region element throughout').to.equal(true);
    expect(form.querySelector('[data-deadline-for="datumBesluit"] [role="status"]')).to.equal(region);
    expect(heard).to.deep.equal(['De termijn voor bezwaar is waarschijnlijk voorbij. U kunt uw bezwaar toch versturen.']);
    const lines = await readingOrder();
    const status = lines.findIndex((line) => line.startsWith('status'));
    const notice = indexOf(lines, 'waarschijnlijk voorbij');
    const question = indexOf(lines, 'Waarom stuurt u uw bezwaar na de termijn?');
    expect(status, 'a status region in the tree').to.be.greaterThan(-1);
    expect(notice, 'the notice is in the status region').to.be.greaterThan(status);
    expect(question, 'the late-reason question follows the notice').to.be.greaterThan(notice);
    expect(region.getAttribute('aria-live') ?? 'polite', 'role=status is polite').to.equal('polite');
    await expect(form).to.be.accessible();
  });
});

describe('wmebv-form: questions revealed by a radio option (issue 15 item 4)', () => {
  async function atAddressStep(): Promise<WmebvForm> {
    const form = await render();
    await type(form, 'omschrijvingBesluit', 'Weigering dakkapel');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('[data-field-id="gronden"]'), 'step two');
    await type(form, 'gronden', 'Past in de straat');
    await press(form, 'Volgende stap');
    return until(() => form.querySelector('[data-field-id="woonland"]') && form, 'step three');
  }

  it('puts the revealed questions directly after their option, which names them in aria-controls, without aria-expanded', async () => {
    const form = await atAddressStep();
    const radios = [...field(form, 'woonland').querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const [netherlands, abroad] = radios;
    const controlled = (radio: HTMLInputElement) => document.getElementById(radio.getAttribute('aria-controls') ?? '');
    expect(controlled(netherlands!), 'the container exists before it shows').to.not.equal(null);
    expect(controlled(netherlands!)!.hidden).to.equal(true);
    expect(radios.every((radio) => !radio.hasAttribute('aria-expanded'))).to.equal(true);

    await choose(form, 'woonland', 'nl');
    await until(() => form.querySelector('[data-field-id="postcode"]'), 'the address');
    expect(controlled(netherlands!)!.hidden).to.equal(false);
    expect(controlled(netherlands!)!.querySelector('[data-field-id="postcode"]'), 'the postcode inside the container').to.not.equal(null);
    let lines = await readingOrder();
    expect(indexOf(lines, 'radio In Nederland')).to.be.lessThan(indexOf(lines, 'textbox Straat en huisnummer'));
    expect(indexOf(lines, 'textbox Woonplaats')).to.be.lessThan(indexOf(lines, 'radio In het buitenland'));
    expect(lines.some((line) => line.startsWith('textbox Uw adres in het buitenland'))).to.equal(false);
    await expect(form).to.be.accessible();

    await choose(form, 'woonland', 'buitenland');
    await until(() => form.querySelector('[data-field-id="buitenlandsAdres"]'), 'the address abroad');
    expect(controlled(abroad!)!.querySelector('[data-field-id="buitenlandsAdres"]')).to.not.equal(null);
    expect(controlled(netherlands!)!.hidden).to.equal(true);
    lines = await readingOrder();
    expect(indexOf(lines, 'radio In het buitenland')).to.be.lessThan(indexOf(lines, 'Uw adres in het buitenland'));
    expect(indexOf(lines, 'Uw adres in het buitenland')).to.be.lessThan(indexOf(lines, 'textbox E-mailadres'));
    expect(
      lines.filter((line) => line.startsWith('status')).every((line) => !line.includes('buitenland')),
      'no announcement of the reveal',
    ).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('links an error of a revealed question from the summary to its control', async () => {
    const form = await atAddressStep();
    await type(form, 'naam', 'Jan Jansen');
    await choose(form, 'woonland', 'nl');
    await until(() => form.querySelector('[data-field-id="postcode"]'), 'the address');
    await press(form, 'Naar controleren');
    const link = await until(
      () => [...form.querySelectorAll<HTMLAnchorElement>('wmebv-error-summary a')].find((a) => a.textContent!.includes('Vul uw postcode in.')),
      'an error for the postcode',
    );
    link.focus();
    await sendKeys({ press: 'Enter' });
    const input = field(form, 'postcode').querySelector('input')!;
    await until(() => document.activeElement === input, 'focus on the postcode');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    // The radio group itself is answered, so it is not marked invalid because a revealed question is.
    expect(field(form, 'woonland').querySelector<HTMLInputElement>('input[type=radio]')!.getAttribute('aria-invalid')).to.equal('false');
  });
});
