import { expect, fixture, html } from '@open-wc/testing';
import type { OutageNotice } from '@wmebv/core';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import type { WmebvOutageBanner } from '../index.js';
import { addHostileStylesheet } from '../../test/helpers.js';
import { mountExample } from '../base/field.fixtures.js';
import { outageBannerExamples, renderOutageBanner, type BannerArgs } from './outage-banner.examples.js';

const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const NOW_ISO = '2026-04-28T18:05:00+02:00';
const NOW = new Date(NOW_ISO);
const clock = (): Date => NOW;

const ongoing: OutageNotice = {
  id: 'storing-1',
  channels: ['web-form'],
  status: 'ongoing',
  start: '2026-04-28T18:00:00+02:00',
  expectedEnd: '2026-04-29T10:00:00+02:00',
  message: { nl: 'Door een storing kunt u het webformulier niet gebruiken.', en: 'Because of an outage the web form cannot be used.' },
  alternatives: [
    { kind: 'phone', value: '14 0999', note: { nl: 'Op werkdagen van 8.00 tot 17.00 uur.' } },
    { kind: 'desk', value: 'Raadhuisplein 1, Voorbeeld' },
  ],
};
const olderOutage: OutageNotice = { ...ongoing, id: 'storing-0', start: '2026-04-28T08:00:00+02:00' };
const planned: OutageNotice = {
  id: 'onderhoud',
  channels: ['web-form', 'email'],
  status: 'planned',
  start: '2026-05-09T08:00:00+02:00',
  expectedEnd: '2026-05-09T12:00:00+02:00',
  message: 'Gepland onderhoud.',
  extension: {
    messageTypes: ['bezwaar'],
    periodsEndingFrom: '2026-05-09',
    periodsEndingUntil: '2026-05-11',
    newEnd: '2026-05-12',
    decision: { title: 'Besluit verlenging termijnen onderhoud mei 2026', date: '2026-05-01', url: 'https://example.nl/besluit-verlenging' },
  },
};
const resolved: OutageNotice = {
  ...ongoing,
  id: 'opgelost',
  status: 'resolved',
  end: '2026-04-28T12:00:00+02:00',
  start: '2026-04-28T11:00:00+02:00',
};

/**
 * The banner as its stories show it (renderOutageBanner from outage-banner.examples.ts: in a section
 * in `lang`, looked at at a fixed moment), with this test's notices and moment: the assertions read
 * their dates and times.
 */
async function banner(notices: OutageNotice[], attrs: { lang?: string; now?: string } = {}): Promise<WmebvOutageBanner> {
  const overrides: Partial<BannerArgs> = { notices, now: attrs.now ?? NOW_ISO, lang: attrs.lang ?? 'nl' };
  const page = await mountExample<BannerArgs>(renderOutageBanner, outageBannerExamples.OngoingWithExtension, overrides);
  const element = page.querySelector('wmebv-outage-banner')!;
  await element.updateComplete;
  return element;
}

describe('wmebv-outage-banner', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => window.scrollTo(0, 0));

  it('shows the channel, start and expected end in Amsterdam time, the alternatives, and no promised extension', async () => {
    const element = await banner([ongoing, resolved]);
    const notice = element.querySelector('.wmebv-outage-banner__notice')!;
    expect(element.querySelectorAll('.wmebv-outage-banner__notice')).to.have.length(1);
    expect(text(notice.querySelector('[role="heading"]'))).to.equal('Storing: het webformulier werkt nu niet');
    expect(text(notice)).to.include('Sinds 28 april 2026 om 18:00.').and.include('Wij verwachten dat het weer werkt op 29 april 2026 om 10:00.');
    expect(text(notice)).to.include('Bel 14 0999 Op werkdagen').and.include('Kom langs: Raadhuisplein 1, Voorbeeld');
    expect(notice.querySelector('a[href="tel:140999"]')).to.exist;
    expect(text(notice)).to.not.include('verlengd');
    expect(text(notice)).to.include('Bewaar dan een bewijs');
    await expect(element).to.be.accessible();
  });

  it('states a decided extension (Awb 2:21 lid 1), in English too', async () => {
    const nl = await banner([planned]);
    // A planned outage is announced as planned, not as if the form were broken now.
    expect(text(nl)).to.include('Gepland onderhoud aan het webformulier en e-mail');
    expect(text(nl)).to.include('Van 9 mei 2026 om 08:00 tot 9 mei 2026 om 12:00.');
    expect(text(nl)).to.include(
      'Termijnen voor bezwaar die eindigen van 9 mei 2026 tot en met 11 mei 2026, zijn verlengd tot en met 12 mei 2026 (Awb 2:21 lid 1).',
    );
    expect(text(nl)).to.include('Besluit van 1 mei 2026:');
    expect(nl.querySelector('a[href="https://example.nl/besluit-verlenging"]')?.textContent).to.equal(
      'Besluit verlenging termijnen onderhoud mei 2026',
    );
    const en = await banner([planned], { lang: 'en' });
    expect(text(en)).to.include(
      'Periods for objection that end from 9 May 2026 up to and including 11 May 2026 are extended until the end of 12 May 2026',
    );
  });

  it('Awb 2:21 lid 2: keeps a resolved notice with a running extension on screen, saying the outage is over and the extension stands', async () => {
    const over: OutageNotice = {
      ...resolved,
      id: 'voorbij',
      start: '2026-04-27T08:00:00+02:00',
      end: '2026-04-27T16:00:00+02:00',
      extension: {
        messageTypes: ['bezwaar', 'zienswijze'],
        periodsEndingFrom: '2026-04-27',
        periodsEndingUntil: '2026-04-30',
        newEnd: '2026-05-06',
        decision: { title: 'Besluit verlenging termijnen', date: '2026-04-28' },
      },
    };
    const element = await banner([over]);
    const notice = element.querySelector('[data-notice-id="voorbij"]')!;
    expect(text(notice.querySelector('[role="heading"]'))).to.equal('Storing voorbij: het webformulier werkt weer');
    expect(text(notice)).to.include(
      'De storing duurde van 27 april 2026 om 08:00 tot 27 april 2026 om 16:00. De verlenging van termijnen blijft gelden.',
    );
    expect(text(notice)).to.include('Termijnen voor bezwaar, zienswijze die eindigen van 27 april 2026 tot en met 30 april 2026');
    expect(text(notice)).to.include('Besluit van 28 april 2026: Besluit verlenging termijnen');
    expect(text(notice)).to.not.include('Bewaar dan een bewijs');
    await expect(element).to.be.accessible();
    const later = await banner([over], { now: '2026-05-07T00:00:00+02:00' });
    expect(later.querySelectorAll('.wmebv-outage-banner__notice'), 'gone once the extension has run out').to.have.length(0);
  });

  it('Awb 2:21 lid 3: planned work recorded as happened shows its actual times while its extension runs; cancelled work is not shown', async () => {
    const happened: OutageNotice = {
      ...planned,
      id: 'gebeurd',
      start: '2026-04-25T08:00:00+02:00',
      expectedEnd: '2026-04-25T12:00:00+02:00',
      outcome: { kind: 'happened', start: '2026-04-25T08:30:00+02:00', end: '2026-04-25T13:30:00+02:00' },
    };
    const element = await banner([happened, { ...planned, id: 'geannuleerd', outcome: { kind: 'cancelled' } }]);
    expect(element.querySelectorAll('.wmebv-outage-banner__notice')).to.have.length(1);
    const notice = element.querySelector('[data-notice-id="gebeurd"]')!;
    expect(text(notice.querySelector('[role="heading"]'))).to.equal('Storing voorbij: het webformulier en e-mail werkt weer');
    expect(text(notice)).to.include('Het onderhoud duurde van 25 april 2026 om 08:30 tot 25 april 2026 om 13:30.');
  });

  it('announces a notice once through role="status", and an outage that just started through role="alert"', async () => {
    const element = await banner([olderOutage]);
    expect(text(element.querySelector('[role="status"]'))).to.include('Storing: het webformulier werkt nu niet');
    expect(text(element.querySelector('[role="alert"]'))).to.equal('');
    element.notices = [olderOutage, ongoing];
    await element.updateComplete;
    expect(text(element.querySelector('[role="alert"]')), 'started 5 minutes ago').to.include('Storing');
    // The live regions were there before the text came (so screen readers announce it).
    const again = await banner([olderOutage]);
    expect(text(again.querySelector('[role="status"]')), 'already announced this session').to.equal('');
    expect(again.querySelectorAll('.wmebv-outage-banner__notice')).to.have.length(1);
  });

  it('never takes focus, never scrolls and never covers the focused field (WCAG 2.2 SC 2.4.11)', async () => {
    const removeHostile = addHostileStylesheet();
    const root = await fixture<HTMLElement>(html`<div>
      <wmebv-outage-banner .clock=${clock}></wmebv-outage-banner>
      <div style="height: 900px"></div>
      <label for="naam">Naam</label><input id="naam" />
      <div style="height: 1500px"></div>
    </div>`);
    const element = root.querySelector('wmebv-outage-banner')!;
    const input = root.querySelector('input')!;
    input.focus();
    input.scrollIntoView({ block: 'center' });
    const before = input.getBoundingClientRect().top;
    const scrollBefore = window.scrollY;
    element.notices = [ongoing, planned];
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(document.activeElement).to.equal(input);
    expect(Math.abs(input.getBoundingClientRect().top - before), 'the focused field stays where it was').to.be.lessThan(2);
    expect(window.scrollY).to.be.at.least(scrollBefore);
    expect(getComputedStyle(element).position).to.equal('static');
    const rect = element.getBoundingClientRect();
    const field = input.getBoundingClientRect();
    expect(rect.bottom <= field.top || rect.top >= field.bottom, 'no overlap').to.equal(true);
    removeHostile();
  });

  it('is hidden for the session when dismissed, moves focus on, and comes back when the notice changes', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="nl">
      <wmebv-outage-banner .clock=${clock} .notices=${[ongoing]}></wmebv-outage-banner>
      <button id="next">Volgende</button>
    </div>`);
    const element = root.querySelector('wmebv-outage-banner')!;
    await element.updateComplete;
    const dismiss = element.querySelector<HTMLButtonElement>('.wmebv-outage-banner__dismiss')!;
    expect(text(dismiss)).to.equal('Verberg deze melding: Storing: het webformulier werkt nu niet');
    dismiss.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    await element.updateComplete;
    expect(element.querySelector('.wmebv-outage-banner__notice')).to.equal(null);
    expect(document.activeElement).to.equal(root.querySelector('#next'));

    const reloaded = await banner([ongoing]);
    expect(reloaded.querySelector('.wmebv-outage-banner__notice'), 'still hidden in this session').to.equal(null);
    reloaded.notices = [{ ...ongoing, expectedEnd: '2026-04-29T16:00:00+02:00' }];
    await reloaded.updateComplete;
    expect(text(reloaded)).to.include('29 april 2026 om 16:00');
  });

  it('keeps its place (and stays the same element) when a surrounding template re-renders', async () => {
    const { render } = await import('lit');
    const host = document.createElement('div');
    document.body.append(host);
    const view = (step: string) => html`<wmebv-outage-banner .clock=${clock} .notices=${[ongoing]}></wmebv-outage-banner><h2>${step}</h2>`;
    render(view('Stap 1'), host);
    const first = host.querySelector('wmebv-outage-banner')!;
    await first.updateComplete;
    render(view('Stap 2'), host);
    expect(host.querySelector('wmebv-outage-banner')).to.equal(first);
    host.remove();
  });

  describe('the examples, as their stories show them', () => {
    const show = async (example: (typeof outageBannerExamples)[keyof typeof outageBannerExamples]) => {
      const page = await mountExample<BannerArgs>(renderOutageBanner, example);
      const element = page.querySelector('wmebv-outage-banner')!;
      await element.updateComplete;
      return element;
    };

    it('Planned: the channels, when, and where to go instead', async () => {
      const element = await show(outageBannerExamples.Planned);
      expect(text(element.querySelector('[role="heading"]'))).to.equal('Gepland onderhoud aan het webformulier en e-mail');
      expect(text(element)).to.include('Van 12 december 2026 om 07:00 tot 12 december 2026 om 12:00.');
      expect(text(element)).to.include('Op zaterdag 12 december werken wij aan onze systemen.');
      expect(text(element)).to.include('Bel 14 0999').and.include('Kom langs: Raadhuisplein 1, Voorbeeld');
      await expect(element).to.be.accessible();
    });

    it('OngoingWithExtension: the outage now, the extension decided under Awb 2:21 lid 1, and the planned work after it', async () => {
      const element = await show(outageBannerExamples.OngoingWithExtension);
      expect(element.querySelectorAll('.wmebv-outage-banner__notice')).to.have.length(2);
      const notice = element.querySelector('[data-notice-id="storing-2026-12-01"]')!;
      expect(text(notice.querySelector('[role="heading"]'))).to.equal('Storing: het webformulier werkt nu niet');
      expect(text(notice)).to.include('Sinds 1 december 2026 om 09:15.');
      expect(text(notice)).to.include(
        'Termijnen voor bezwaar die eindigen van 1 december 2026 tot en met 4 december 2026, zijn verlengd tot en met 8 december 2026 (Awb 2:21 lid 1).',
      );
      expect(text(notice)).to.include('Besluit van 1 december 2026: Besluit verlenging termijnen storing 1 december 2026');
      await expect(element).to.be.accessible();
    });

    it('English: the same in English', async () => {
      const element = await show(outageBannerExamples.English);
      expect(text(element)).to.include('Because of an outage you cannot send the web form now.');
      expect(text(element)).to.include(
        'Periods for objection that end from 1 December 2026 up to and including 4 December 2026 are extended until the end of 8 December 2026',
      );
      await expect(element).to.be.accessible();
    });

    it('NothingToShow: a resolved outage whose extension has run out shows nothing', async () => {
      const element = await show(outageBannerExamples.NothingToShow);
      expect(element.querySelectorAll('.wmebv-outage-banner__notice')).to.have.length(0);
      expect(text(element)).to.equal('');
    });
  });

  describe('reading a feed', () => {
    const realFetch = window.fetch;
    let calls: string[] = [];
    let answer: () => Promise<Response> = () => Promise.reject(new TypeError('Failed to fetch'));
    beforeEach(() => {
      calls = [];
      window.fetch = ((input: RequestInfo | URL) => {
        calls.push(String(input));
        return answer();
      }) as typeof fetch;
    });
    afterEach(() => {
      window.fetch = realFetch;
    });

    it('reads the notices from src, and keeps showing the last ones seen when the feed is unreachable', async () => {
      answer = () => Promise.resolve(new Response(JSON.stringify({ notices: [ongoing] }), { status: 200 }));
      const element = await fixture<WmebvOutageBanner>(
        html`<wmebv-outage-banner src="/outages.json" interval="1000" .clock=${clock}></wmebv-outage-banner>`,
      );
      await element.refresh();
      await element.updateComplete;
      expect(text(element)).to.include('Storing');
      answer = () => Promise.reject(new TypeError('Failed to fetch'));
      await element.refresh();
      await element.updateComplete;
      expect(text(element), 'still shown after a failed poll').to.include('Storing');
      element.remove();
      // A new page in the same session, with the feed down from the start:
      const later = await fixture<WmebvOutageBanner>(html`<wmebv-outage-banner src="/outages.json" .clock=${clock}></wmebv-outage-banner>`);
      await later.updateComplete;
      expect(text(later)).to.include('Storing');
    });

    it('polls with back-off after failures, and back at the interval after a success', async () => {
      answer = () => Promise.reject(new TypeError('Failed to fetch'));
      const element = await fixture<WmebvOutageBanner>(
        html`<wmebv-outage-banner src="/feed.json" interval="30000" .clock=${clock}></wmebv-outage-banner>`,
      );
      expect(element.nextPollDelay).to.equal(30_000);
      await element.refresh();
      expect(element.nextPollDelay).to.equal(60_000);
      await element.refresh();
      await element.refresh();
      expect(element.nextPollDelay).to.equal(240_000);
      await element.refresh();
      await element.refresh();
      expect(element.nextPollDelay, 'at most 10 minutes').to.equal(600_000);
      answer = () => Promise.resolve(new Response(JSON.stringify({ notices: [] }), { status: 200 }));
      await element.refresh();
      expect(element.nextPollDelay).to.equal(30_000);
      expect(calls.every((url) => url === '/feed.json')).to.equal(true);
    });

    it('polls by itself', async () => {
      answer = () => Promise.resolve(new Response(JSON.stringify({ notices: [ongoing] }), { status: 200 }));
      const element = await fixture<WmebvOutageBanner>(
        html`<wmebv-outage-banner src="/self.json" interval="1000" .clock=${clock}></wmebv-outage-banner>`,
      );
      const start = performance.now();
      // Waits for the second poll (generously: a busy machine delays timers), not for a fixed time.
      while (calls.length < 2 && performance.now() - start < 60_000) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls.length).to.be.at.least(2);
      await element.updateComplete;
      expect(text(element)).to.include('Storing');
      element.remove();
    });
  });
});
