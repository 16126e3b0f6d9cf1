import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { dateAt, objectionDeadline, onTimeUnderNotices, type OutageNotice } from '@wmebv/core';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import { objection } from '../../../../test/fixtures/objection.js';
import { field, press, text, type, typeDate, until } from '../../../../test/support/user.js';

async function render(lang = 'nl', outages?: string): Promise<WmebvForm> {
  sessionStorage.clear();
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><wmebv-form .definition=${objection} outages=${outages ?? nothing}></wmebv-form></div>`,
  );
  const form = wrapper.querySelector('wmebv-form')!;
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the form to render');
  return form;
}

/** A date `days` from today in Amsterdam, as day, month, year strings. */
function daysFromToday(days: number): [string, string, string] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() + days * 86_400_000)).split('-');
  return [String(Number(parts[2])), String(Number(parts[1])), parts[0]!];
}

describe('the indicative deadline in wmebv-form (Awb 6:7, 6:8, 6:11)', function () {
  this.timeout(180_000); // typing a date key by key is slow on a busy machine
  it('shows the estimated end next to the decision date, what it counts from, and how it was worked out', async () => {
    const form = await render();
    expect(form.querySelector('.wmebv-deadline'), 'nothing before a date is entered').to.equal(null);
    await typeDate(form, 'datumBesluit', '16', '3', '2026');
    const hint = await until(() => form.querySelector('.wmebv-deadline'), 'the deadline hint');
    // Right after the date field:
    expect(field(form, 'datumBesluit').nextElementSibling).to.equal(hint);
    expect(text(hint)).to.include('28 april 2026');
    expect(text(hint)).to.include('de dag nadat het besluit is verstuurd of bekendgemaakt').and.include('schatting');
    const steps = [...hint.querySelectorAll('details li')].map(text);
    expect(steps.some((step) => step.includes('Koningsdag'))).to.equal(true);
    await expect(form).to.be.accessible();
  });

  it('says the period seems to have passed, still lets the objection go, and asks (optionally) why it is late', async () => {
    const form = await render();
    const [day, month, year] = daysFromToday(-120);
    await typeDate(form, 'datumBesluit', day, month, year);
    const hint = await until(() => form.querySelector('.wmebv-deadline--passed'), 'the passed hint');
    expect(text(hint)).to.include('waarschijnlijk voorbij').and.include('U kunt uw bezwaar toch versturen');
    const reason = hint.querySelector('wmebv-textarea')!;
    expect(text(reason)).to.include('Waarom stuurt u uw bezwaar na de termijn?').and.include('(niet verplicht)');
    reason.querySelector('textarea')!.focus();
    const { sendKeys } = await import('@web/test-runner-commands');
    await sendKeys({ type: 'Ik lag in het ziekenhuis.' });
    await type(form, 'omschrijvingBesluit', 'Weigering dakkapel');
    await press(form, 'Volgende stap');
    await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes('Uw bezwaar'), 'the next step: never blocked');
    const saved = JSON.stringify(Object.values({ ...sessionStorage }));
    expect(saved).to.include('Ik lag in het ziekenhuis.');
  });

  it('does not ask why when the period has not passed', async () => {
    const form = await render('en');
    const [day, month, year] = daysFromToday(-1);
    await typeDate(form, 'datumBesluit', day, month, year);
    const hint = await until(() => form.querySelector('.wmebv-deadline'), 'the hint');
    expect(text(hint)).to.include('Your objection probably has to reach us by the end of');
    expect(hint.querySelector('wmebv-textarea')).to.equal(null);
  });

  it('Awb 2:21 lid 1: uses the decided extension in the notices, as isOnTime does, instead of saying the period has passed', async () => {
    const [day, month, year] = daysFromToday(-50);
    const announced = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    const deadline = objectionDeadline(announced);
    const newEnd = dateAt(Date.now() + 5 * 86_400_000);
    const notice: OutageNotice = {
      id: 'storing',
      channels: ['web-form'],
      status: 'resolved',
      start: `${deadline.end}T09:00:00+02:00`,
      end: `${deadline.end}T11:00:00+02:00`,
      message: 'Het webformulier werkte niet.',
      extension: {
        messageTypes: ['bezwaar'],
        periodsEndingFrom: deadline.end,
        periodsEndingUntil: deadline.end,
        newEnd,
        decision: { title: 'Besluit verlenging termijnen', date: deadline.end },
      },
    };
    // The hint must agree with the function a back office uses.
    expect(onTimeUnderNotices(new Date(), deadline, [notice], 'bezwaar').onTime).to.equal(true);
    const feed = URL.createObjectURL(new Blob([JSON.stringify({ notices: [notice] })], { type: 'application/json' }));
    const form = await render('nl', feed);
    await until(() => form.querySelector('wmebv-outage-banner .wmebv-outage-banner__notice'), 'the banner with the extension', 15_000);
    await typeDate(form, 'datumBesluit', day, month, year);
    const hint = await until(() => form.querySelector('.wmebv-deadline'), 'the deadline hint', 15_000);
    expect(hint.classList.contains('wmebv-deadline--passed')).to.equal(false);
    expect(text(hint)).to.not.include('waarschijnlijk voorbij');
    expect(text(hint)).to.include('door een storing (Awb 2:21)');
    const steps = [...hint.querySelectorAll('details li')].map((item) => item.getAttribute('data-rule'));
    expect(steps).to.include('awb-2:21-lid-1');
    expect(hint.querySelector('wmebv-textarea'), 'no question why it is late').to.equal(null);
    URL.revokeObjectURL(feed);
  });

  it('Awb 2:21 lid 1: an extension outside its scope does not change the hint', async () => {
    const [day, month, year] = daysFromToday(-120);
    const feed = URL.createObjectURL(
      new Blob(
        [
          JSON.stringify({
            notices: [
              {
                id: 'elders',
                channels: ['web-form'],
                status: 'resolved',
                start: '2026-01-05T09:00:00+01:00',
                end: '2026-01-05T11:00:00+01:00',
                message: 'Storing.',
                extension: {
                  messageTypes: ['bezwaar'],
                  periodsEndingFrom: dateAt(Date.now() - 10 * 86_400_000),
                  periodsEndingUntil: dateAt(Date.now()),
                  newEnd: dateAt(Date.now() + 5 * 86_400_000),
                  decision: { title: 'Besluit', date: dateAt(Date.now()) },
                },
              },
            ],
          }),
        ],
        { type: 'application/json' },
      ),
    );
    const form = await render('nl', feed);
    await until(() => form.querySelector('wmebv-outage-banner .wmebv-outage-banner__notice'), 'the banner', 15_000);
    await typeDate(form, 'datumBesluit', day, month, year);
    const hint = await until(() => form.querySelector('.wmebv-deadline--passed'), 'the passed hint', 15_000);
    expect(text(hint)).to.include('waarschijnlijk voorbij');
    URL.revokeObjectURL(feed);
  });
});
