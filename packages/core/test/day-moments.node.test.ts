// The moments a day begins and ends in Europe/Amsterdam (deadline/plain-date.ts) come from `Intl`
// since the deadline code left `@date-fns/tz` (issue 11). They must be exactly what `TZDate` gave:
// checked for every day of 1980-2060 (each DST change included) and a few far-off years.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { endOfDateInstant, startOfDateInstant } from '../src/deadline/plain-date.js';
import { zonedDate } from '../src/deadline/zoned-date.js';
import { addDays } from 'date-fns';

const byTzDate = {
  start: (date: string): string => new Date(zonedDate(date).getTime()).toISOString(),
  end: (date: string): string => new Date(addDays(zonedDate(date), 1).getTime() - 1).toISOString(),
};

describe('the start and end of a day in Europe/Amsterdam', () => {
  it('are what TZDate gave on every day of 1980-2060', () => {
    let checked = 0;
    for (let day = new Date(Date.UTC(1980, 0, 1)); day.getUTCFullYear() <= 2060; day.setUTCDate(day.getUTCDate() + 1)) {
      const date = day.toISOString().slice(0, 10);
      expect(startOfDateInstant(date), date).to.equal(byTzDate.start(date));
      expect(endOfDateInstant(date), date).to.equal(byTzDate.end(date));
      checked++;
    }
    expect(checked).to.equal(29_586);
  });

  it('are what TZDate gave in far-off years, and refuse what TZDate refused', () => {
    for (const date of ['1977-04-03', '1999-12-31', '2100-03-28', '2399-10-31', '9999-12-31']) {
      expect(startOfDateInstant(date), date).to.equal(byTzDate.start(date));
      expect(endOfDateInstant(date), date).to.equal(byTzDate.end(date));
    }
    for (const date of ['2026-02-30', '2026-13-01', '26-01-01', '']) {
      expect(() => startOfDateInstant(date), date).to.throw(RangeError);
      expect(() => endOfDateInstant(date), date).to.throw(RangeError);
      expect(() => zonedDate(date), date).to.throw(RangeError);
    }
  });
});
