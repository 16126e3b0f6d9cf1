import { expect } from '@open-wc/testing';
import {
  EQUAL_STATUS_COVERAGE,
  EQUAL_STATUS_DAYS,
  addToDate,
  atwDay,
  computeDeadline,
  dateAt,
  describeDeadlineStep,
  easterSunday,
  endOfDateInstant,
  isOnTime,
  objectionDeadline,
  statutoryHolidays,
  wrongChannelExtension,
  type Deadline,
} from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const rules = (deadline: { steps: { rule: string }[] }): string[] => deadline.steps.map((step) => step.rule);
/** A period whose last day by counting is `lastDay` (one day long from the day before). */
const endingOn = (lastDay: string): Deadline => computeDeadline({ after: addToDate(lastDay, -7, 'days'), length: 7, unit: 'days' });

describe('the Algemene termijnenwet calendar (art. 3)', () => {
  it('computes Easter for known years', () => {
    expect(['2024', '2025', '2026', '2027', '2038', '2285'].map((year) => easterSunday(Number(year)))).to.deep.equal([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2038-04-25',
      '2285-03-22',
    ]);
  });

  it('knows every statutory holiday of 2026, Good Friday by art. 3 lid 2', () => {
    expect(statutoryHolidays(2026).map((day) => `${day.date} ${day.holiday}`)).to.deep.equal([
      '2026-01-01 newYearsDay',
      '2026-04-03 goodFriday',
      '2026-04-06 easterMonday',
      '2026-04-27 kingsDay',
      '2026-05-05 liberationDay',
      '2026-05-14 ascensionDay',
      '2026-05-25 whitMonday',
      '2026-12-25 christmasDay',
      '2026-12-26 boxingDay',
    ]);
    expect(statutoryHolidays(2026).find((day) => day.holiday === 'goodFriday')!.article).to.equal('Atw art. 3 lid 2');
  });

  it("celebrates King's Day on 26 April when 27 April is a Sunday", () => {
    expect(atwDay('2025-04-27').reasons).to.deep.equal([{ kind: 'sunday' }]);
    expect(atwDay('2025-04-26').reasons).to.deep.include({ kind: 'holiday', holiday: 'kingsDay', article: 'Atw art. 3 lid 1' });
    expect(statutoryHolidays(2031).find((day) => day.holiday === 'kingsDay')!.date).to.equal('2031-04-26');
  });

  it('has 5 May every year, not only every five years', () => {
    expect(atwDay('2026-05-05').nonWorking).to.equal(true);
    expect(atwDay('2027-05-05').nonWorking).to.equal(true);
  });

  it('does not count 4 May, 24 and 31 December as holidays', () => {
    expect(atwDay('2026-05-04').nonWorking).to.equal(false);
    expect(atwDay('2026-12-24').nonWorking).to.equal(false);
    expect(atwDay('2026-12-31').nonWorking).to.equal(false);
  });

  it('takes the days declared equal by royal decree (art. 3 lid 3) from the data, with the decree', () => {
    expect(EQUAL_STATUS_DAYS).to.have.length(10);
    expect(EQUAL_STATUS_COVERAGE).to.deep.equal({ fromYear: 2023, toYear: 2028 });
    const day = atwDay('2026-05-15');
    expect(day.nonWorking).to.equal(true);
    expect(day.reasons[0]).to.deep.include({ kind: 'equal-status', article: 'Atw art. 3 lid 3' });
    expect((day.reasons[0] as { decree: string }).decree).to.match(/^Besluit gelijkstelling van 2 januari 2026/);
    // Not included by the decree although between a weekend and a holiday:
    expect(atwDay('2027-04-26').nonWorking).to.equal(false);
  });

  it('rejects dates that do not exist', () => {
    expect(() => atwDay('2026-02-29')).to.throw(RangeError);
    expect(() => atwDay('2026-4-1')).to.throw(RangeError);
  });
});

describe('statutory periods (Atw art. 1 and 2)', () => {
  it('moves a period ending on Good Friday 2026-04-03 to Tuesday 2026-04-07 (art. 1)', () => {
    const deadline = endingOn('2026-04-03');
    expect(deadline.nominalEnd).to.equal('2026-04-03');
    expect(deadline.end).to.equal('2026-04-07');
    const step = deadline.steps.find((candidate) => candidate.rule === 'atw-1')!;
    expect(step.article).to.equal('Atw art. 1 lid 1');
    expect(step.days!.map((day) => day.date)).to.deep.equal(['2026-04-03', '2026-04-04', '2026-04-05', '2026-04-06']);
    expect(describeDeadlineStep(step, 'nl')).to.include('Goede Vrijdag').and.include('tweede Paasdag').and.include('7 april 2026');
    expect(describeDeadlineStep(step, 'en')).to.include('Good Friday').and.include('Easter Monday');
  });

  it('moves a period for every kind of holiday', () => {
    expect(endingOn('2027-01-01').end, "New Year's Day").to.equal('2027-01-04');
    expect(endingOn('2026-04-06').end, 'Easter Monday').to.equal('2026-04-07');
    expect(endingOn('2026-04-27').end, "King's Day").to.equal('2026-04-28');
    expect(endingOn('2025-04-26').end, "King's Day on the 26th").to.equal('2025-04-28');
    expect(endingOn('2026-05-05').end, '5 May').to.equal('2026-05-06');
    expect(endingOn('2027-05-06').end, 'Ascension Day, then a day declared equal').to.equal('2027-05-10');
    expect(endingOn('2026-05-25').end, 'Whit Monday').to.equal('2026-05-26');
    expect(endingOn('2026-12-25').end, 'Christmas').to.equal('2026-12-28');
    expect(endingOn('2025-12-26').end, 'Boxing Day, then the weekend').to.equal('2025-12-29');
    expect(endingOn('2026-03-28').end, 'Saturday').to.equal('2026-03-30');
    expect(endingOn('2026-03-29').end, 'Sunday').to.equal('2026-03-30');
    expect(endingOn('2026-03-31').end, 'a working day stays').to.equal('2026-03-31');
  });

  it('moves past a day declared equal (2 January 2026)', () => {
    const deadline = endingOn('2026-01-01');
    expect(deadline.end).to.equal('2026-01-05');
    expect(deadline.calendarComplete).to.equal(true);
    expect(
      describeDeadlineStep(
        deadline.steps.find((step) => step.rule === 'atw-1')!,
        'nl',
      ),
    ).to.include('Besluit gelijkstelling van 2 januari 2026');
  });

  it('gives a three-day period after Wednesday 2025-12-24 two working days: it ends Tuesday 2025-12-30 (art. 2)', () => {
    const deadline = computeDeadline({ after: '2025-12-24', length: 3, unit: 'days' });
    expect(deadline.start).to.equal('2025-12-25');
    expect(deadline.nominalEnd).to.equal('2025-12-27');
    expect(deadline.end).to.equal('2025-12-30');
    expect(rules(deadline)).to.include('atw-2');
    expect(deadline.steps.find((step) => step.rule === 'atw-2')!.article).to.equal('Atw art. 2');
  });

  it('does not apply art. 2 to periods shorter than three days', () => {
    const deadline = computeDeadline({ after: '2025-12-24', length: 2, unit: 'days' });
    expect(deadline.end).to.equal('2025-12-29');
    expect(rules(deadline)).to.not.include('atw-2');
  });

  it('reports a year without decree data instead of guessing (art. 3 lid 3)', () => {
    const deadline = endingOn('2029-05-10'); // Ascension Day 2029; is Friday 11 May declared equal? Not known yet.
    expect(deadline.end).to.equal('2029-05-11');
    expect(deadline.calendarComplete).to.equal(false);
    expect(deadline.uncoveredYears).to.deep.equal([2029]);
    const step = deadline.steps.find((candidate) => candidate.rule === 'equal-status-unknown')!;
    expect(describeDeadlineStep(step, 'nl')).to.include('2029').and.include('nog niet bekend');
    expect(atwDay('2029-05-11').equalStatusKnown).to.equal(false);
    expect(endingOn('2028-05-10').calendarComplete).to.equal(true);
  });

  it('ends a month period on the last day of a shorter month', () => {
    const deadline = computeDeadline({ after: '2026-01-31', length: 1, unit: 'months' });
    expect(deadline.nominalEnd).to.equal('2026-02-28');
    expect(deadline.end).to.equal('2026-03-02');
  });
});

describe('periods the Atw does not apply to (art. 4, art. 1 lid 2)', () => {
  it('applies to 90 days, twelve weeks and three months, not to more', () => {
    expect(computeDeadline({ after: '2026-01-03', length: 90, unit: 'days' }).end).to.equal('2026-04-07');
    const days = computeDeadline({ after: '2026-01-02', length: 91, unit: 'days' });
    expect([days.end, days.atwApplied]).to.deep.equal(['2026-04-03', false]);
    expect(rules(days)).to.include('atw-4');
    expect(computeDeadline({ after: '2026-01-09', length: 12, unit: 'weeks' }).end).to.equal('2026-04-07');
    expect(computeDeadline({ after: '2026-01-02', length: 13, unit: 'weeks' }).end).to.equal('2026-04-03');
    expect(computeDeadline({ after: '2026-01-03', length: 3, unit: 'months' }).end).to.equal('2026-04-07');
    expect(computeDeadline({ after: '2025-12-03', length: 4, unit: 'months' }).end).to.equal('2026-04-03');
  });

  it('does not apply to years or hours', () => {
    const year = computeDeadline({ after: '2025-04-03', length: 1, unit: 'years' });
    expect([year.end, year.atwApplied]).to.deep.equal(['2026-04-03', false]);
    const hours = computeDeadline({ afterMoment: '2026-04-01T12:00:00+02:00', length: 48, unit: 'hours' });
    expect(hours.endsAt).to.equal('2026-04-03T10:00:00.000Z');
    expect(hours.atwApplied).to.equal(false);
    expect(
      describeDeadlineStep(
        hours.steps.find((step) => step.rule === 'atw-4')!,
        'nl',
      ),
    ).to.include('48 uur');
  });

  it('does not move a period counted backwards (art. 1 lid 2)', () => {
    const deadline = computeDeadline({ after: '2026-04-10', length: 7, unit: 'days', direction: 'backward' });
    expect(deadline.end).to.equal('2026-04-03');
    expect(rules(deadline)).to.include('atw-1-lid-2');
  });

  it('does not apply to a period that is not statutory', () => {
    const deadline = computeDeadline({ after: '2026-03-27', length: 7, unit: 'days', statutory: false });
    expect(deadline.end).to.equal('2026-04-03');
    expect(deadline.atwApplied).to.equal(false);
  });
});

describe('Europe/Amsterdam and daylight saving time', () => {
  it('ends a day at local midnight, 22:00 or 23:00 UTC depending on the season', () => {
    expect(endOfDateInstant('2026-04-28')).to.equal('2026-04-28T21:59:59.999Z');
    expect(endOfDateInstant('2026-01-05')).to.equal('2026-01-05T22:59:59.999Z');
    expect(endOfDateInstant('2026-03-28'), 'the day before summer time').to.equal('2026-03-28T22:59:59.999Z');
    expect(endOfDateInstant('2026-03-29'), 'the 23-hour day').to.equal('2026-03-29T21:59:59.999Z');
    expect(endOfDateInstant('2026-10-24')).to.equal('2026-10-24T21:59:59.999Z');
    expect(endOfDateInstant('2026-10-25'), 'the 25-hour day').to.equal('2026-10-25T22:59:59.999Z');
  });

  it('counts weeks across the DST change by the calendar', () => {
    expect(addToDate('2026-03-23', 1, 'weeks')).to.equal('2026-03-30');
    expect(addToDate('2026-10-20', 1, 'weeks')).to.equal('2026-10-27');
    const deadline = objectionDeadline('2026-02-23'); // starts in winter time, ends in summer time
    expect(deadline.startsAt).to.equal('2026-02-23T23:00:00.000Z');
    expect(deadline.end).to.equal('2026-04-07');
    expect(deadline.endsAt).to.equal('2026-04-07T21:59:59.999Z');
  });

  it('reads the date of a moment in Amsterdam, not in UTC or the browser zone', () => {
    expect(dateAt('2026-04-28T21:59:59.999Z')).to.equal('2026-04-28');
    expect(dateAt('2026-04-28T22:00:00.000Z')).to.equal('2026-04-29');
    expect(dateAt('2026-10-25T22:30:00.000Z')).to.equal('2026-10-25');
  });

  it('counts hours as time elapsed across the change to summer time', () => {
    const hours = computeDeadline({ afterMoment: '2026-03-28T12:00:00+01:00', length: 24, unit: 'hours' });
    expect(hours.endsAt).to.equal('2026-03-29T11:00:00.000Z');
  });
});

describe('the objection period (Awb 6:7, 6:8)', () => {
  it('lets an objection to a decision announced Monday 2026-03-16 arrive until the end of Tuesday 2026-04-28', () => {
    const deadline = objectionDeadline('2026-03-16');
    expect(deadline.start).to.equal('2026-03-17');
    expect(deadline.nominalEnd).to.equal('2026-04-27');
    expect(deadline.end).to.equal('2026-04-28');
    expect(deadline.endsAt).to.equal('2026-04-28T21:59:59.999Z');
    expect(rules(deadline)).to.deep.equal(['awb-6:8', 'awb-6:7', 'atw-1']);
    const texts = deadline.steps.map((step) => describeDeadlineStep(step, 'nl'));
    expect(texts[0]).to.include('16 maart 2026').and.include('17 maart 2026').and.include('Awb 6:8');
    expect(texts[1]).to.include('zes weken').and.include('27 april 2026');
    expect(texts[2]).to.include('Koningsdag').and.include('28 april 2026');
  });
});

describe('on time despite an outage (Awb 2:21 lid 3), an extension (lid 1) and the wrong channel (2:23)', () => {
  const deadline = objectionDeadline('2026-03-16'); // ends 2026-04-28T21:59:59.999Z

  it('is on time until the last millisecond of the last day (Awb 6:9)', () => {
    expect(isOnTime('2026-04-28T23:59:59.999+02:00', deadline).onTime).to.equal(true);
    const late = isOnTime('2026-04-29T00:00:00+02:00', deadline);
    expect(late.onTime).to.equal(false);
    expect(late.steps.at(-1)!.rule).to.equal('awb-6:11');
    expect(describeDeadlineStep(late.steps.at(-1)!, 'nl')).to.include('Awb 6:11');
  });

  it('adds the length of an outage of the designated channel before the end, and says why', () => {
    const outage = { start: '2026-04-28T18:00:00+02:00', end: '2026-04-29T10:00:00+02:00', noticeId: 'storing-1' };
    const result = isOnTime('2026-04-29T11:00:00+02:00', deadline, [outage]);
    expect(result.onTime).to.equal(true);
    expect(result.outageMs).to.equal(16 * 3600_000);
    expect(result.endsAt).to.equal('2026-04-29T13:59:59.999Z');
    const verdict = result.steps.at(-1)!;
    expect(verdict.messageKey).to.equal('deadline.verdict.onTimeOutage');
    expect(describeDeadlineStep(verdict, 'nl')).to.equal('Op tijd: de storing van 28 april 2026 om 18:00 tot 29 april 2026 om 10:00 telt niet mee.');
    expect(isOnTime('2026-04-29T16:00:00+02:00', deadline, [outage]).onTime).to.equal(false);
  });

  it('ignores outages before the period and after its end, and counts overlapping ones once', () => {
    const before = { start: '2026-03-01T10:00:00+01:00', end: '2026-03-02T10:00:00+01:00' };
    const after = { start: '2026-04-29T10:00:00+02:00', end: '2026-04-30T10:00:00+02:00' };
    expect(isOnTime('2026-04-29T12:00:00+02:00', deadline, [before, after]).onTime).to.equal(false);
    const a = { start: '2026-04-20T10:00:00+02:00', end: '2026-04-20T14:00:00+02:00' };
    const b = { start: '2026-04-20T12:00:00+02:00', end: '2026-04-20T16:00:00+02:00' };
    const result = isOnTime('2026-04-29T05:00:00+02:00', deadline, [a, b]);
    expect(result.outageMs).to.equal(6 * 3600_000);
    expect(result.outages).to.have.length(1);
    expect(result.onTime).to.equal(true);
  });

  it('counts an outage that is still going on up to the moment of receipt', () => {
    const ongoing = { start: '2026-04-28T20:00:00+02:00' };
    const result = isOnTime('2026-04-29T09:00:00+02:00', deadline, [ongoing]);
    expect(result.onTime).to.equal(true);
  });

  it('uses an extension the body decided under 2:21 lid 1', () => {
    const result = isOnTime('2026-05-01T10:00:00+02:00', deadline, [], { extension: { until: '2026-05-04', noticeId: 'storing-1' } });
    expect(result.onTime).to.equal(true);
    expect(result.endsAt).to.equal('2026-05-04T21:59:59.999Z');
    expect(rules(result)).to.include('awb-2:21-lid-1');
  });

  it('extends by the time until the body reacted, at least one working day (2:23)', () => {
    const slow = wrongChannelExtension(deadline, { receivedAt: '2026-04-28T10:00:00+02:00', reactedAt: '2026-04-30T10:00:00+02:00' });
    expect(slow.endsAt).to.equal('2026-04-30T21:59:59.999Z');
    expect(slow.final).to.equal(true);
    const quick = wrongChannelExtension(deadline, { receivedAt: '2026-04-28T10:00:00+02:00', reactedAt: '2026-04-28T11:00:00+02:00' });
    expect(quick.endsAt, 'at least one working day').to.equal('2026-04-29T21:59:59.999Z');
    const pending = wrongChannelExtension(deadline, { receivedAt: '2026-04-28T10:00:00+02:00' });
    expect([pending.endsAt, pending.final]).to.deep.equal(['2026-04-29T21:59:59.999Z', false]);
    expect(describeDeadlineStep(pending.steps.at(-1)!, 'nl'))
      .to.include('29 april 2026')
      .and.include('Awb 2:23');
    // The working day after Friday 24 April 2026 is Tuesday 28 April (weekend, King's Day).
    const friday = wrongChannelExtension(objectionDeadline('2026-03-13'), { receivedAt: '2026-04-24T10:00:00+02:00' });
    expect(friday.endsAt).to.equal('2026-04-28T21:59:59.999Z');
    expect(isOnTime('2026-04-28T12:00:00+02:00', friday).onTime).to.equal(true);
  });
});
