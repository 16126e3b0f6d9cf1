import { expect } from '@open-wc/testing';
import {
  computeDeadline,
  decidedExtension,
  describeDeadlineStep,
  isOnTime,
  noticesToShow,
  objectionDeadline,
  onTimeUnderNotices,
  parseOutageNotices,
  unreachablePeriods,
  wrongChannelExtension,
  type OutageExtension,
  type OutageNotice,
} from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

// objectionDeadline('2026-03-16') ends on Tuesday 28 April 2026 (King's Day on Monday 27 April).
const endsApril28 = objectionDeadline('2026-03-16');
const extension: OutageExtension = {
  messageTypes: ['bezwaar'],
  periodsEndingFrom: '2026-04-28',
  periodsEndingUntil: '2026-05-01',
  newEnd: '2026-05-06',
  decision: { title: 'Besluit verlenging termijnen storing 28 april 2026', date: '2026-04-29', url: 'https://example.nl/besluit' },
};
const outage: OutageNotice = {
  id: 'storing-2026-04-28',
  channels: ['web-form'],
  status: 'resolved',
  start: '2026-04-28T18:00:00+02:00',
  end: '2026-04-29T10:00:00+02:00',
  message: 'Het webformulier werkte niet.',
  extension,
};

describe('outage extensions have the scope the body decided (Awb 2:21 lid 1)', () => {
  it('Awb 2:21 lid 1: the end date in scope is extended to the new end', () => {
    expect(endsApril28.end).to.equal('2026-04-28');
    const result = onTimeUnderNotices('2026-05-06T20:00:00+02:00', endsApril28, [outage], 'bezwaar');
    expect(result.onTime).to.equal(true);
    expect(result.steps.some((step) => step.rule === 'awb-2:21-lid-1')).to.equal(true);
  });

  it('Awb 2:21 lid 1: a period that expired weeks before the outage is not extended', () => {
    const long = objectionDeadline('2026-01-26'); // ended in March
    expect(long.end < extension.periodsEndingFrom).to.equal(true);
    expect(decidedExtension([outage], 'bezwaar', long)).to.equal(undefined);
    const result = onTimeUnderNotices('2026-05-05T12:00:00+02:00', long, [outage], 'bezwaar');
    expect(result.onTime).to.equal(false);
    expect(result.steps.some((step) => step.rule === 'awb-2:21-lid-1')).to.equal(false);
  });

  it('Awb 2:21 lid 1: a period ending after the scope, or of another message type, is not extended', () => {
    expect(decidedExtension([outage], 'bezwaar', { end: '2026-05-04' })).to.equal(undefined);
    expect(decidedExtension([outage], 'bezwaar', { end: '2026-05-01' })?.until).to.equal('2026-05-06');
    expect(decidedExtension([outage], 'aanvraag', endsApril28)).to.equal(undefined);
  });

  it('Awb 2:21 lid 1: of two decisions in scope the latest new end applies', () => {
    const later: OutageNotice = { ...outage, id: 'tweede', extension: { ...extension, newEnd: '2026-05-08' } };
    expect(decidedExtension([outage, later], 'bezwaar', endsApril28)).to.deep.equal({
      until: '2026-05-08',
      noticeId: 'tweede',
      decisionDate: '2026-04-29',
    });
  });

  it('Awb 2:21 lid 1: the notices file states the scope; an extension with only "until" is refused with a way out', () => {
    expect(parseOutageNotices({ notices: [outage] }).ok).to.equal(true);
    const legacy = parseOutageNotices({ notices: [{ ...outage, extension: { messageTypes: ['bezwaar'], until: '2026-05-06' } }] });
    expect(legacy.ok).to.equal(false);
    if (!legacy.ok) {
      expect(legacy.problems[0]!.pointer).to.equal('/notices/0/extension/until');
      expect(legacy.problems[0]!.message).to.include('periodsEndingFrom').and.include('Awb 2:21 lid 1');
    }
    const backwards = parseOutageNotices({ notices: [{ ...outage, extension: { ...extension, periodsEndingUntil: '2026-04-01' } }] });
    expect(backwards.ok).to.equal(false);
    if (!backwards.ok) expect(backwards.problems.map((problem) => problem.pointer)).to.include('/notices/0/extension/periodsEndingUntil');
    const noDecision = parseOutageNotices({ notices: [{ ...outage, extension: { ...extension, decision: undefined } }] });
    expect(noDecision.ok).to.equal(false);
  });
});

describe('a resolved notice with a running extension stays announced (Awb 2:21 lid 2)', () => {
  it('Awb 2:21 lid 2: shown until the end of the new last day, then no more', () => {
    expect(noticesToShow([outage], '2026-05-03T12:00:00+02:00').map((notice) => notice.id)).to.deep.equal([outage.id]);
    expect(noticesToShow([outage], '2026-05-06T23:59:00+02:00')).to.have.length(1);
    expect(noticesToShow([outage], '2026-05-07T00:00:00+02:00')).to.have.length(0);
    const { extension: _none, ...plain } = outage;
    expect(noticesToShow([plain], '2026-05-03T12:00:00+02:00'), 'a resolved notice without extension is the record only').to.have.length(0);
  });
});

describe('outages within an extended period (Awb 2:21 lid 3)', () => {
  const secondOutage: OutageNotice = {
    id: 'storing-2026-05-05',
    channels: ['web-form'],
    status: 'resolved',
    start: '2026-05-05T10:00:00+02:00',
    end: '2026-05-05T16:00:00+02:00',
    message: 'Weer een storing.',
  };
  it('Awb 2:21 lid 3: an outage before the new end counts on top of the extension', () => {
    // New end 6 May 24:00; first outage 16 h (before the original end), second 6 h: 7 May 22:00.
    const result = onTimeUnderNotices('2026-05-07T21:00:00+02:00', endsApril28, [outage, secondOutage], 'bezwaar');
    expect(result.onTime).to.equal(true);
    expect(result.outageMs).to.equal(22 * 3600_000);
    expect(result.outages.map((counted) => counted.start)).to.include('2026-05-05T08:00:00.000Z');
    expect(onTimeUnderNotices('2026-05-07T22:30:00+02:00', endsApril28, [outage, secondOutage], 'bezwaar').onTime).to.equal(false);
  });

  it('Awb 2:21 lid 3: without an extension an outage after the end does not count', () => {
    const result = isOnTime('2026-04-29T12:00:00+02:00', endsApril28, unreachablePeriods([secondOutage]));
    expect(result.outageMs).to.equal(0);
    expect(result.onTime).to.equal(false);
  });

  it('Awb 2:21 lid 3: an outage after the new end does not count', () => {
    const after: OutageNotice = { ...secondOutage, id: 'na', start: '2026-05-07T10:00:00+02:00', end: '2026-05-07T12:00:00+02:00' };
    const { extension: _none, ...plainOutage } = outage;
    const extended: OutageNotice = { ...plainOutage, id: 'besluit', extension };
    const result = onTimeUnderNotices(
      '2026-05-07T11:00:00+02:00',
      endsApril28,
      [extended, after].map((notice) => ({ ...notice, channels: ['email' as const] })).concat([]),
      'bezwaar',
    );
    expect(result.outageMs, 'outages of another channel never count').to.equal(0);
    expect(
      onTimeUnderNotices('2026-05-07T09:00:00+02:00', endsApril28, [extended, after], 'bezwaar').onTime,
      'only the 16 h before the new end count',
    ).to.equal(true);
    expect(onTimeUnderNotices('2026-05-07T17:00:00+02:00', endsApril28, [extended, after], 'bezwaar').onTime).to.equal(false);
  });
});

describe('planned work recorded as happened or cancelled (Awb 2:21 lid 3)', () => {
  const planned: OutageNotice = {
    id: 'onderhoud',
    channels: ['web-form'],
    status: 'planned',
    start: '2026-04-25T08:00:00+02:00',
    expectedEnd: '2026-04-25T12:00:00+02:00',
    message: 'Onderhoud.',
  };
  it('Awb 2:21 lid 3: a planned window by itself is no proof of an outage', () => {
    expect(unreachablePeriods([planned])).to.deep.equal([]);
    expect(isOnTime('2026-04-29T01:00:00+02:00', endsApril28, unreachablePeriods([planned])).onTime).to.equal(false);
  });

  it('Awb 2:21 lid 3: planned work recorded as happened counts with its actual times', () => {
    const happened: OutageNotice = {
      ...planned,
      outcome: { kind: 'happened', start: '2026-04-25T08:30:00+02:00', end: '2026-04-25T13:30:00+02:00' },
    };
    expect(parseOutageNotices({ notices: [happened] }).ok).to.equal(true);
    expect(unreachablePeriods([happened])).to.deep.equal([
      { start: '2026-04-25T08:30:00+02:00', end: '2026-04-25T13:30:00+02:00', noticeId: 'onderhoud' },
    ]);
    const result = isOnTime('2026-04-29T04:00:00+02:00', endsApril28, unreachablePeriods([happened]));
    expect(result.outageMs).to.equal(5 * 3600_000);
    expect(result.onTime).to.equal(true);
    expect(noticesToShow([happened], '2026-04-26T12:00:00+02:00'), 'over and without extension: not shown').to.have.length(0);
  });

  it('Awb 2:21 lid 3: cancelled work never counts and is not shown', () => {
    const cancelled: OutageNotice = {
      ...planned,
      start: '2026-05-25T08:00:00+02:00',
      expectedEnd: '2026-05-25T12:00:00+02:00',
      outcome: { kind: 'cancelled' },
    };
    expect(unreachablePeriods([cancelled])).to.deep.equal([]);
    expect(noticesToShow([cancelled], '2026-05-20T12:00:00+02:00')).to.have.length(0);
    const cancelledWithExtension: OutageNotice = { ...cancelled, extension };
    expect(noticesToShow([cancelledWithExtension], '2026-05-03T12:00:00+02:00'), 'its extension is withdrawn too').to.have.length(0);
    expect(decidedExtension([cancelledWithExtension], 'bezwaar', endsApril28)).to.equal(undefined);
  });

  it('Awb 2:21 lid 3: only a planned notice has an outcome, and its end is not before its start', () => {
    const onResolved = parseOutageNotices({ notices: [{ ...outage, outcome: { kind: 'cancelled' } }] });
    expect(onResolved.ok).to.equal(false);
    if (!onResolved.ok) expect(onResolved.problems[0]!.pointer).to.equal('/notices/0/outcome');
    const backwards = parseOutageNotices({
      notices: [{ ...planned, outcome: { kind: 'happened', start: '2026-04-25T12:00:00+02:00', end: '2026-04-25T08:00:00+02:00' } }],
    });
    expect(backwards.ok).to.equal(false);
  });
});

describe('a message through the wrong channel (Awb 2:23, 2:16 lid 1)', () => {
  it('Awb 2:23: a sender on time through the wrong channel gets at least one working day more', () => {
    const result = wrongChannelExtension(endsApril28, { receivedAt: '2026-04-28T10:00:00+02:00', messageType: 'aanvraag' });
    expect(result.applies).to.equal(true);
    expect(result.end).to.equal('2026-04-29');
  });

  it('Awb 2:23: a message that reached the wrong channel after the end is not protected', () => {
    const result = wrongChannelExtension(endsApril28, {
      receivedAt: '2026-04-30T10:00:00+02:00',
      reactedAt: '2026-05-04T10:00:00+02:00',
      messageType: 'aanvraag',
    });
    expect(result.applies).to.equal(false);
    expect(result.endsAt).to.equal(endsApril28.endsAt);
    expect(describeDeadlineStep(result.steps.at(-1)!, 'nl')).to.include('alleen wie op tijd was');
  });

  it('Awb 2:16 lid 1 onder b: an objection through another channel counts when received, no 2:23 extension', () => {
    const result = wrongChannelExtension(endsApril28, {
      receivedAt: '2026-04-28T10:00:00+02:00',
      reactedAt: '2026-05-04T10:00:00+02:00',
      messageType: 'bezwaar',
    });
    expect(result.applies).to.equal(false);
    expect(result.endsAt).to.equal(endsApril28.endsAt);
    expect(isOnTime('2026-04-28T10:00:00+02:00', result).onTime).to.equal(true);
    expect(describeDeadlineStep(result.steps.at(-1)!, 'en')).to.include('2:16(1)(b)');
  });

  it('Awb 2:16 lid 1 onder c: without a designated channel the message counts when received', () => {
    const result = wrongChannelExtension(endsApril28, { receivedAt: '2026-04-28T10:00:00+02:00', messageType: 'melding', channelDesignated: false });
    expect(result.applies).to.equal(false);
    expect(result.end).to.equal('2026-04-28');
  });
});

describe('a late verdict names the test of the law (Awb 6:11, 2:21 lid 3)', () => {
  it('Awb 6:11: for an objection the test is whether the sender can reasonably be considered in verzuim', () => {
    const late = isOnTime('2026-04-29T09:00:00+02:00', endsApril28);
    const verdict = late.steps.at(-1)!;
    expect(verdict.article).to.equal('Awb 6:11');
    expect(describeDeadlineStep(verdict, 'nl')).to.include('in verzuim');
    expect(describeDeadlineStep(verdict, 'en')).to.include('in verzuim (at fault)');
  });

  it('Awb 6:11: not cited for a period that is not an objection or appeal period', () => {
    const application = computeDeadline({ after: '2026-03-16', length: 6, unit: 'weeks' });
    const verdict = isOnTime('2026-05-29T09:00:00+02:00', application).steps.at(-1)!;
    expect(verdict.article).to.not.include('6:11');
    expect(describeDeadlineStep(verdict, 'nl')).to.not.include('6:11');
    const afterOutage = isOnTime('2026-05-29T09:00:00+02:00', application, [
      { start: '2026-04-27T10:00:00+02:00', end: '2026-04-27T11:00:00+02:00' },
    ]).steps.at(-1)!;
    expect(afterOutage.article).to.equal('Awb 2:21 lid 3');
    expect(describeDeadlineStep(afterOutage, 'nl')).to.include('in verzuim');
  });
});
