/**
 * Examples of `wmebv-outage-banner`, written once: its stories are these (outage-banner.stories.ts).
 * The moment is fixed (`now`), so nothing depends on today.
 */
import type { OutageNotice } from '@wmebv/core';
import { html } from 'lit';
import { examplesOf } from '../base/field-controls.examples.js';

export interface BannerArgs {
  notices: OutageNotice[];
  /** The moment the banner is looked at, so the stories do not depend on today's date. */
  now: string;
  lang: string;
}

export const planned: OutageNotice = {
  id: 'onderhoud-2026-12-12',
  channels: ['web-form', 'email'],
  status: 'planned',
  start: '2026-12-12T07:00:00+01:00',
  expectedEnd: '2026-12-12T12:00:00+01:00',
  message: {
    nl: 'Op zaterdag 12 december werken wij aan onze systemen. U kunt dan geen formulieren versturen.',
    en: 'On Saturday 12 December we are working on our systems. You cannot send forms then.',
  },
  alternatives: [
    { kind: 'phone', value: '14 0999', note: { nl: 'Op werkdagen van 8.00 tot 17.00 uur.', en: 'Working days, 8:00 to 17:00.' } },
    { kind: 'desk', value: 'Raadhuisplein 1, Voorbeeld' },
  ],
};

export const ongoing: OutageNotice = {
  id: 'storing-2026-12-01',
  channels: ['web-form'],
  status: 'ongoing',
  start: '2026-12-01T09:15:00+01:00',
  expectedEnd: '2026-12-01T13:00:00+01:00',
  message: {
    nl: 'Door een storing kunt u het webformulier nu niet versturen. Wij werken aan een oplossing.',
    en: 'Because of an outage you cannot send the web form now. We are working on a fix.',
  },
  alternatives: [{ kind: 'phone', value: '14 0999' }],
  extension: {
    messageTypes: ['bezwaar'],
    periodsEndingFrom: '2026-12-01',
    periodsEndingUntil: '2026-12-04',
    newEnd: '2026-12-08',
    decision: { title: 'Besluit verlenging termijnen storing 1 december 2026', date: '2026-12-01' },
  },
};

/** The banner with `args.notices`, looked at at `args.now`, in a section in `args.lang` (the stories' render). */
export const renderOutageBanner = (args: BannerArgs) => html`<div lang=${args.lang}>
  <wmebv-outage-banner .notices=${args.notices} .clock=${() => new Date(args.now)}></wmebv-outage-banner>
</div>`;

export const outageBannerExamples = examplesOf<BannerArgs>()({
  Planned: {
    description: 'Announced in advance: the channel, when, and where to go instead.',
    args: { notices: [planned], now: '2026-12-10T12:00:00+01:00', lang: 'nl' },
  },
  OngoingWithExtension: {
    description: 'Happening now, with the extension the organisation decided under Awb 2:21 lid 1.',
    args: { notices: [ongoing, planned], now: '2026-12-01T10:00:00+01:00', lang: 'nl' },
  },
  English: { description: 'The same in English.', args: { notices: [ongoing], now: '2026-12-01T10:00:00+01:00', lang: 'en' } },
  NothingToShow: {
    // Looked at after 8 December: until then the resolved outage stays on screen for its extension (Awb 2:21 lid 2).
    description: 'Nothing planned or ongoing, and the extension has run out: the banner renders nothing.',
    args: { notices: [{ ...ongoing, status: 'resolved', end: '2026-12-01T11:00:00+01:00' }], now: '2026-12-09T10:00:00+01:00', lang: 'nl' },
  },
});
