/**
 * Never losing a submission (Awb 2:21): the real intake server stops while a citizen sends an
 * objection, the form keeps everything and offers a dated proof of the attempt; the server comes
 * back, the citizen sends again, and exactly one submission is stored. And an announced outage:
 * the server answers 503 with the notice, which the form shows and puts in the proof.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@wmebv/components';
import type { WmebvForm } from '@wmebv/components';
import type { OutageNotice } from '@wmebv/core';
import { choose, press, text, type, typeDate, until } from '../support/user.js';

interface Stored {
  count: number;
  envelopes: { values: Record<string, unknown>; lateReason?: string }[];
}
const server = <T>(payload: Record<string, unknown>): Promise<T> => executeServerCommand('wmebv-outage-server', payload) as Promise<T>;

/** Catches what the form offers for download (a Blob behind an object URL). */
function catchDownloads(): { blobs: Blob[]; restore: () => void } {
  const blobs: Blob[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) blobs.push(object);
    return original.call(URL, object);
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  return {
    blobs,
    restore: () => {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function daysAgo(days: number): [string, string, string] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date(Date.now() - days * 86_400_000)).split('-');
  return [String(Number(parts[2])), String(Number(parts[1])), parts[0]!];
}

async function openForm(url: string): Promise<WmebvForm> {
  sessionStorage.clear();
  const form = await fixture<WmebvForm>(html`<div lang="nl">
    <wmebv-form src="/api/forms/bezwaarschrift" action="${url}/api/forms/bezwaarschrift/submissions" outages="${url}/outages.json"></wmebv-form>
  </div>`).then((wrapper) => wrapper.querySelector('wmebv-form')!);
  await until(() => form.querySelector('.wmebv-form__step-heading'), 'the first step');
  return form;
}

async function nextStep(form: WmebvForm, heading: string): Promise<void> {
  await press(form, /Volgende stap|Naar controleren/);
  await until(() => text(form.querySelector('.wmebv-form__step-heading')).includes(heading), `step "${heading}"`);
}

async function fillToReview(form: WmebvForm, lateReason?: string): Promise<void> {
  await type(form, 'omschrijvingBesluit', 'Weigering omgevingsvergunning dakkapel');
  const [day, month, year] = daysAgo(lateReason ? 100 : 3);
  await typeDate(form, 'datumBesluit', day, month, year);
  if (lateReason) {
    const textarea = await until(() => form.querySelector<HTMLTextAreaElement>('.wmebv-deadline__late-reason textarea'), 'the late-reason question');
    textarea.focus();
    await sendKeys({ type: lateReason });
  }
  await nextStep(form, 'Uw bezwaar');
  await type(form, 'gronden', 'De dakkapel past in het straatbeeld.');
  await choose(form, 'horen', 'nee');
  await nextStep(form, 'Uw gegevens');
  await type(form, 'naam', 'Jan Jansen');
  await choose(form, 'woonland', 'nl');
  await until(() => form.querySelector('[data-field-id="postcode"]'), 'the postcode field');
  await type(form, 'straatHuisnummer', 'Dorpsstraat 1');
  await type(form, 'postcode', '1234ab');
  await type(form, 'woonplaats', 'Voorbeeld');
  await nextStep(form, 'Controleer uw antwoorden');
  const declaration = form.querySelector<HTMLInputElement>('input[name="verklaring"]')!;
  declaration.focus();
  await sendKeys({ press: 'Space' });
}

async function sendAndFail(form: WmebvForm): Promise<HTMLElement> {
  await press(form, 'Verstuur');
  const heading = await until(() => form.querySelector<HTMLElement>('.wmebv-form__notice-heading'), 'the failure notice');
  await until(() => document.activeElement === heading, 'focus on the failure notice');
  return form.querySelector<HTMLElement>('.wmebv-form__notice')!;
}

async function proofOfAttempt(form: WmebvForm): Promise<string> {
  const downloads = catchDownloads();
  try {
    const button = form.querySelector<HTMLButtonElement>('[data-proof-of-attempt]')!;
    expect(text(button)).to.equal('Download een bewijs van deze poging');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => downloads.blobs.length > 0, 'the proof download');
    return await downloads.blobs[0]!.text();
  } finally {
    downloads.restore();
  }
}

describe('outages: never losing a submission (Awb 2:21)', function () {
  this.timeout(180_000);

  it('keeps everything when the intake server is down, gives a dated proof of the attempt, and stores the message once after the restart', async () => {
    const { url } = await server<{ url: string }>({ action: 'start' });
    await server({ action: 'notices', document: { notices: [] } });
    const before = await server<Stored>({ action: 'submissions' }).catch(() => ({ count: 0, envelopes: [] }) as Stored);
    const form = await openForm(url);
    await fillToReview(form, 'Ik lag zes weken in het ziekenhuis.');

    await server({ action: 'stop' });
    const attemptStarted = Date.now();
    const notice = await sendAndFail(form);
    expect(text(notice)).to.include('Uw bericht is niet verstuurd').and.include('Uw antwoorden zijn bewaard');
    expect(notice.querySelector('a[href="tel:140999"]'), 'the support route').to.exist;
    expect(text(form.querySelector('wmebv-review')))
      .to.include('Jan Jansen')
      .and.include('Dorpsstraat 1');
    expect(text(form)).to.include('Ik lag zes weken in het ziekenhuis.');

    const proof = await proofOfAttempt(form);
    expect(proof).to.include('<html lang="nl">');
    expect(proof).to.include('Jan Jansen').and.include('Weigering omgevingsvergunning dakkapel');
    expect(proof).to.include('Geen verbinding met de server van de gemeente.');
    const data = JSON.parse(/<script type="application\/json" id="wmebv-sender-copy">([\s\S]*?)<\/script>/.exec(proof)![1]!.replace(/\\u003c/g, '<'));
    expect(data.status).to.equal('attempt-failed');
    expect(Date.parse(data.attempt.at)).to.be.within(attemptStarted - 1000, Date.now());
    expect(data.envelope.lateReason).to.equal('Ik lag zes weken in het ziekenhuis.');

    await server({ action: 'start' });
    await press(form, 'Verstuur');
    const receipt = await until(() => form.querySelector<HTMLElement>('wmebv-receipt h2'), 'the receipt');
    expect(text(receipt)).to.match(/^Ontvangen met kenmerk BZW-/);
    const after = await server<Stored>({ action: 'submissions' });
    expect(after.count - before.count, 'exactly one submission stored').to.equal(1);
    expect(after.envelopes.at(-1)!.lateReason).to.equal('Ik lag zes weken in het ziekenhuis.');
  });

  it('answers 503 with the notice while the web form is announced down, shows it, and accepts again once resolved', async () => {
    const { url } = await server<{ url: string }>({ action: 'start' });
    await server({ action: 'notices', document: { notices: [] } });
    const before = await server<Stored>({ action: 'submissions' }).catch(() => ({ count: 0, envelopes: [] }) as Stored);
    const form = await openForm(url);
    await fillToReview(form);

    const outage: OutageNotice = {
      id: 'storing-e2e',
      channels: ['web-form'],
      status: 'ongoing',
      start: new Date(Date.now() - 60 * 60_000).toISOString(),
      message: { nl: 'Het webformulier is tijdelijk buiten gebruik.', en: 'The web form is temporarily out of use.' },
      alternatives: [{ kind: 'phone', value: '14 0999' }],
    };
    await server({ action: 'notices', document: { notices: [outage] } });
    const notice = await sendAndFail(form);
    expect(text(notice)).to.include('Het webformulier werkt nu niet door een storing');
    const banner = await until(() => form.querySelector('wmebv-outage-banner .wmebv-outage-banner__notice'), 'the banner with the notice');
    expect(text(banner)).to.include('Het webformulier is tijdelijk buiten gebruik.');
    const proof = await proofOfAttempt(form);
    expect(proof).to.include('De gemeente meldde een storing (HTTP 503).').and.include('storing-e2e');

    await server({ action: 'notices', document: { notices: [{ ...outage, status: 'resolved', end: new Date().toISOString() }] } });
    await press(form, 'Verstuur');
    await until(() => form.querySelector('wmebv-receipt h2'), 'the receipt');
    const after = await server<Stored>({ action: 'submissions' });
    expect(after.count - before.count).to.equal(1);
    expect(after.envelopes.at(-1)!.lateReason, 'no reason when not late').to.equal(undefined);
  });

  it("treats a 429 as reduced reachability (Awb 2:21 lid 3): keeps the answers, proves the attempt with the server's time and Retry-After, and retries without sending twice", async () => {
    // One submission per client: the next one from this browser gets 429 with Retry-After.
    const { url } = await server<{ url: string }>({ action: 'start', submissionsPerClient: 1 });
    await server({ action: 'notices', document: { notices: [] } });
    const before = await server<Stored>({ action: 'submissions' }).catch(() => ({ count: 0, envelopes: [] }) as Stored);
    const form = await openForm(url);
    await fillToReview(form);
    const used = await fetch(`${url}/api/forms/bezwaarschrift/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(used.status, 'a first request uses the one allowed').to.not.equal(429);

    const notice = await sendAndFail(form);
    expect(text(notice)).to.include('omdat het te druk is').and.include('Uw antwoorden zijn bewaard').and.include('niet twee keer verstuurd');
    expect(text(form.querySelector('wmebv-review'))).to.include('Jan Jansen');
    const proof = await proofOfAttempt(form);
    expect(proof).to.include('nam het bericht niet aan (HTTP 429)');
    expect(proof).to.include('Tijd volgens de server van de gemeente:');
    expect(proof).to.match(/De server vroeg om het na \d+ seconden opnieuw te proberen\./);

    // The limit is lifted (a restarted server): the retry reuses the idempotency key and is stored once.
    await server({ action: 'start' });
    await press(form, 'Verstuur');
    await until(() => form.querySelector('wmebv-receipt h2'), 'the receipt');
    const after = await server<Stored>({ action: 'submissions' });
    expect(after.count - before.count, 'exactly one submission stored').to.equal(1);
  });
});
