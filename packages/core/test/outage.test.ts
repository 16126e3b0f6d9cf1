import { expect } from '@open-wc/testing';
import {
  channelDownNotice,
  decidedExtension,
  isOnTime,
  noticesToShow,
  objectionDeadline,
  parseOutageNotices,
  unreachablePeriods,
  type OutageNotice,
} from '@wmebv/core';

const ongoing: OutageNotice = {
  id: 'storing-2026-04-28',
  channels: ['web-form'],
  status: 'ongoing',
  start: '2026-04-28T18:00:00+02:00',
  expectedEnd: '2026-04-29T12:00:00+02:00',
  message: { nl: 'Het webformulier werkt niet.', en: 'The web form is down.' },
  alternatives: [{ kind: 'phone', value: '14 0999' }],
  extension: {
    messageTypes: ['bezwaar'],
    periodsEndingFrom: '2026-04-28',
    periodsEndingUntil: '2026-05-01',
    newEnd: '2026-05-06',
    decision: { title: 'Besluit verlenging', date: '2026-04-29' },
  },
};
const planned: OutageNotice = {
  id: 'onderhoud-mei',
  channels: ['web-form', 'email'],
  status: 'planned',
  start: '2026-05-09T08:00:00+02:00',
  expectedEnd: '2026-05-09T12:00:00+02:00',
  message: 'Gepland onderhoud.',
};
const resolved: OutageNotice = {
  id: 'storing-2026-04-20',
  channels: ['web-form'],
  status: 'resolved',
  start: '2026-04-20T10:00:00+02:00',
  end: '2026-04-20T14:00:00+02:00',
  message: 'Opgelost.',
};

describe('outage notices (Awb 2:21)', () => {
  it('parses a notices document and reports problems with a JSON pointer', () => {
    expect(parseOutageNotices({ notices: [ongoing, planned, resolved] }).ok).to.equal(true);
    expect(parseOutageNotices(JSON.stringify({ notices: [] })).ok).to.equal(true);
    const unresolved = parseOutageNotices({ notices: [{ ...resolved, end: undefined }] });
    expect(unresolved.ok).to.equal(false);
    if (!unresolved.ok) expect(unresolved.problems[0]!.pointer).to.equal('/notices/0/end');
    const duplicate = parseOutageNotices({ notices: [ongoing, ongoing] });
    expect(duplicate.ok).to.equal(false);
    const badChannel = parseOutageNotices({ notices: [{ ...ongoing, channels: ['fax'] }] });
    expect(badChannel.ok).to.equal(false);
    if (!badChannel.ok) expect(badChannel.problems[0]!.pointer).to.equal('/notices/0/channels/0');
    expect(parseOutageNotices('{').ok).to.equal(false);
  });

  it('shows ongoing and upcoming planned notices, never resolved ones', () => {
    const notices = [planned, resolved, ongoing];
    expect(noticesToShow(notices, '2026-04-28T19:00:00+02:00').map((notice) => notice.id)).to.deep.equal(['storing-2026-04-28', 'onderhoud-mei']);
    expect(noticesToShow(notices, '2026-05-09T13:00:00+02:00').map((notice) => notice.id)).to.deep.equal(['storing-2026-04-28']);
    expect(noticesToShow(notices, '2026-04-28T19:00:00+02:00', 'email').map((notice) => notice.id)).to.deep.equal(['onderhoud-mei']);
  });

  it('marks the web form down only while an ongoing notice for it has started', () => {
    expect(channelDownNotice([ongoing], 'web-form', '2026-04-28T19:00:00+02:00')?.id).to.equal(ongoing.id);
    expect(channelDownNotice([ongoing], 'web-form', '2026-04-28T17:00:00+02:00')).to.equal(undefined);
    expect(channelDownNotice([ongoing], 'email', '2026-04-28T19:00:00+02:00')).to.equal(undefined);
    expect(channelDownNotice([planned], 'web-form', '2026-05-09T09:00:00+02:00')).to.equal(undefined);
    expect(channelDownNotice([resolved], 'web-form', '2026-04-20T11:00:00+02:00')).to.equal(undefined);
  });

  it('feeds the record of outages and decided extensions into the deadline (2:21 lid 1 and 3)', () => {
    const notices = [planned, resolved, { ...ongoing, status: 'resolved' as const, end: '2026-04-29T10:00:00+02:00' }];
    const periods = unreachablePeriods(notices);
    expect(periods.map((period) => period.noticeId)).to.deep.equal(['storing-2026-04-20', 'storing-2026-04-28']);
    const deadline = objectionDeadline('2026-03-16');
    const result = isOnTime('2026-04-29T15:00:00+02:00', deadline, periods);
    expect(result.outageMs).to.equal(20 * 3600_000);
    expect(result.onTime).to.equal(true);
    expect(decidedExtension(notices, 'bezwaar', deadline)).to.deep.equal({
      until: '2026-05-06',
      noticeId: 'storing-2026-04-28',
      decisionDate: '2026-04-29',
    });
    expect(decidedExtension(notices, 'aanvraag', deadline)).to.equal(undefined);
  });
});
