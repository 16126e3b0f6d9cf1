/**
 * Issue 15 item 1, WCAG 2.2 SC 1.4.10: at 320 CSS px (a phone; a 1280 px window at 400 % zoom) no
 * element of any screen of the flow is wider than the viewport: every step, the error state, a late
 * objection, the review with long unbroken answers, the "Wis mijn gegevens" question, a send refused
 * during an ongoing outage (banner, failure notice, proof of attempt) and the receipt. Against the
 * real intake server. Every Storybook story gets the same check (.storybook/preview.ts).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import type { OutageNotice } from '@wmebv/core';
import { overflowing } from '../support/layout.js';
import { answerObjectionAndDetails, nextStep } from '../support/objection-steps.js';
import { press, type, typeDate, until } from '../support/user.js';

const server = (payload: Record<string, unknown>) => executeServerCommand('wmebv-outage-server', payload) as Promise<{ url: string }>;

function daysAgo(days: number): [string, string, string] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() - days * 86_400_000)).split('-');
  return [String(Number(parts[2])), String(Number(parts[1])), parts[0]!];
}

/** Long words without a break opportunity, as people type them (a case number, an e-mail address). */
const LONG = 'Omgevingsvergunningsaanvraagbeslissing-OLO-2026-0001234567890 jan.jansen-de-vries@voorbeeldgemeente-dienstverlening.example';

describe('reflow at 320 px on every screen of the flow (issue 15 item 1)', function () {
  this.timeout(300_000);
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('has no element wider than the viewport on any screen', async () => {
    const { url } = await server({ action: 'start' });
    await server({ action: 'notices', document: { notices: [] } });
    sessionStorage.clear();
    const form = await fixture<WmebvForm>(html`<div lang="nl">
      <wmebv-form src="/api/forms/bezwaarschrift" action="${url}/api/forms/bezwaarschrift/submissions" outages="${url}/outages.json"></wmebv-form>
    </div>`).then((wrapper) => wrapper.querySelector('wmebv-form')!);
    const found: Record<string, string[]> = {};
    const screen = async (name: string): Promise<void> => {
      await form.updateComplete;
      found[name] = overflowing(document);
    };
    await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
    await screen('step 1');
    await press(form, 'Volgende stap');
    await until(() => form.querySelector('wmebv-error-summary [role="alert"], .wmebv-error-summary'), 'the error summary');
    await screen('step 1 with errors');
    await type(form, 'omschrijvingBesluit', LONG);
    const [day, month, year] = daysAgo(100);
    await typeDate(form, 'datumBesluit', day, month, year);
    const reason = await until(() => form.querySelector<HTMLTextAreaElement>('.wmebv-deadline__late-reason textarea'), 'the late-reason question');
    reason.focus();
    await sendKeys({ type: LONG });
    await screen('late objection: the notice and the late-reason question');
    await nextStep(form, 'Uw bezwaar');
    await screen('step 2');
    await answerObjectionAndDetails(form, LONG, () => screen('step 3'));
    await screen('review with long answers');
    await press(form, 'Wis mijn gegevens');
    await until(() => form.querySelector('.wmebv-form__clear--confirm'), 'the question whether to delete');
    await screen('the "Wis mijn gegevens" question');
    await press(form, /^Nee/);
    form.querySelector<HTMLInputElement>('input[name="verklaring"]')!.focus();
    await sendKeys({ press: 'Space' });

    const outage: OutageNotice = {
      id: 'storing-reflow',
      channels: ['web-form'],
      status: 'ongoing',
      start: new Date(Date.now() - 60 * 60_000).toISOString(),
      message: { nl: 'Het webformulier is tijdelijk buiten gebruik.', en: 'The web form is temporarily out of use.' },
      alternatives: [{ kind: 'phone', value: '14 0999' }],
    };
    await server({ action: 'notices', document: { notices: [outage] } });
    await press(form, 'Verstuur');
    await until(() => form.querySelector('[data-proof-of-attempt]'), 'the failure notice with the proof of attempt');
    await until(() => form.querySelector('wmebv-outage-banner .wmebv-outage-banner__notice'), 'the outage banner');
    await screen('ongoing outage: banner, failure notice, proof of attempt');

    await server({ action: 'notices', document: { notices: [{ ...outage, status: 'resolved', end: new Date().toISOString() }] } });
    await press(form, 'Verstuur');
    await until(() => form.querySelector('wmebv-receipt [data-status]'), 'the receipt');
    await screen('receipt');

    expect(Object.keys(found)).to.have.length(9);
    expect(found).to.deep.equal(Object.fromEntries(Object.keys(found).map((name) => [name, []])));
  });
});
