import { describe, it } from 'node:test';
import { expect } from 'chai';
import { wmebv } from './support/run-cli-node.js';

const empty = JSON.stringify({ notices: [] });

// Each run is a fresh Node process, slow on a busy machine: the limit is for the whole suite, and each
// run waits for its process to exit, never for a fixed time.
describe('wmebv outage', { timeout: 600_000 }, () => {
  it('checks a notices file', async () => {
    expect((await wmebv(['outage', 'check', 'o.json'], { 'o.json': empty })).code).to.equal(0);
    const bad = await wmebv(['outage', 'check', 'o.json'], { 'o.json': JSON.stringify({ notices: [{ id: 'x', channels: ['fax'] }] }) });
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.include('/notices/0/channels/0');
    expect((await wmebv(['outage', 'check', 'missing.json'])).code).to.equal(2);
  });

  it('adds, updates and resolves a notice, keeping resolved ones as the record (Awb 2:21 lid 3)', async () => {
    const added = await wmebv(
      [
        'outage',
        'add',
        '-',
        '--id',
        'storing-1',
        '--channel',
        'web-form',
        '--status',
        'ongoing',
        '--start',
        '2026-04-28T18:00:00+02:00',
        '--message',
        'Het webformulier werkt niet.',
        '--phone',
        '14 0999',
      ],
      {},
      empty,
    );
    expect(added.code, added.stderr).to.equal(0);
    const notice = JSON.parse(added.stdout).notices[0];
    expect(notice).to.deep.include({ id: 'storing-1', status: 'ongoing', channels: ['web-form'], start: '2026-04-28T18:00:00+02:00' });
    expect(notice.alternatives).to.deep.equal([{ kind: 'phone', value: '14 0999' }]);

    const resolvedFirst = await wmebv(['outage', 'resolve', '-', '--id', 'storing-1', '--end', '2026-04-29T10:00:00+02:00'], {}, added.stdout);
    expect(JSON.parse(resolvedFirst.stdout).notices[0]).to.deep.include({ status: 'resolved', end: '2026-04-29T10:00:00+02:00' });
    // Extensions are usually decided after the outage: allowed on a resolved notice.
    const updated = await wmebv(
      [
        'outage',
        'update',
        '-',
        '--id',
        'storing-1',
        '--extend-types',
        'bezwaar',
        '--periods-ending-from',
        '2026-04-28',
        '--periods-ending-until',
        '2026-05-01',
        '--extend-until',
        '2026-05-06',
        '--decision-title',
        'Besluit verlenging termijnen',
        '--decision-date',
        '2026-04-29',
      ],
      {},
      resolvedFirst.stdout,
    );
    expect(updated.code, updated.stderr).to.equal(0);
    const extended = JSON.parse(updated.stdout).notices[0];
    expect(extended.extension).to.deep.equal({
      messageTypes: ['bezwaar'],
      periodsEndingFrom: '2026-04-28',
      periodsEndingUntil: '2026-05-01',
      newEnd: '2026-05-06',
      decision: { title: 'Besluit verlenging termijnen', date: '2026-04-29' },
    });
    expect(extended.changes.map((change: { action: string }) => change.action)).to.deep.equal(['added', 'resolved', 'extended']);
  });

  it('Awb 2:21 lid 1: refuses an extension without the scope the body decided', async () => {
    const added = await wmebv(
      ['outage', 'add', '-', '--id', 's', '--channel', 'web-form', '--status', 'ongoing', '--start', '2026-04-28T18:00:00+02:00', '--message', 'm'],
      {},
      empty,
    );
    const bare = await wmebv(['outage', 'update', '-', '--id', 's', '--extend-until', '2026-05-06'], {}, added.stdout);
    expect(bare.code).to.equal(2);
    expect(bare.stderr).to.include('Awb 2:21 lid 1').and.include('--periods-ending-from').and.include('--decision-date');
  });

  it('Awb 2:21 lid 3: records planned work as happened (actual times) or cancelled, each change logged', async () => {
    const file = JSON.stringify({
      notices: [
        {
          id: 'onderhoud',
          channels: ['web-form'],
          status: 'planned',
          start: '2026-04-25T08:00:00+02:00',
          expectedEnd: '2026-04-25T12:00:00+02:00',
          message: 'Onderhoud.',
        },
        { id: 'later', channels: ['web-form'], status: 'planned', start: '2026-06-25T08:00:00+02:00', message: 'Onderhoud.' },
      ],
    });
    const happened = await wmebv(
      ['outage', 'happened', 'o.json', '--id', 'onderhoud', '--start', '2026-04-25T08:30:00+02:00', '--end', '2026-04-25T13:30:00+02:00'],
      { 'o.json': file },
    );
    expect(happened.code, happened.stderr).to.equal(0);
    expect(happened.stdout).to.include('recorded as happened onderhoud');
    const afterHappened = JSON.parse(
      (
        await wmebv(
          ['outage', 'happened', '-', '--id', 'onderhoud', '--start', '2026-04-25T08:30:00+02:00', '--end', '2026-04-25T13:30:00+02:00'],
          {},
          file,
        )
      ).stdout,
    );
    expect(afterHappened.notices[0].outcome).to.deep.equal({
      kind: 'happened',
      start: '2026-04-25T08:30:00+02:00',
      end: '2026-04-25T13:30:00+02:00',
    });
    expect(afterHappened.notices[0].changes[0]).to.deep.include({
      action: 'happened',
      detail: '2026-04-25T08:30:00+02:00 to 2026-04-25T13:30:00+02:00',
    });
    const cancelled = JSON.parse((await wmebv(['outage', 'cancel', '-', '--id', 'later'], {}, file)).stdout);
    expect(cancelled.notices[1].outcome).to.deep.equal({ kind: 'cancelled' });
    expect(cancelled.notices[1].changes.map((change: { action: string }) => change.action)).to.deep.equal(['cancelled']);
    const needsTimes = await wmebv(['outage', 'happened', '-', '--id', 'onderhoud'], {}, file);
    expect(needsTimes.code).to.equal(2);
    expect(needsTimes.stderr).to.include('actual times');
  });

  it('refuses a change that would make the file invalid, and unknown notices', async () => {
    const bad = await wmebv(
      ['outage', 'add', '-', '--id', 'y', '--channel', 'web-form', '--status', 'ongoing', '--start', '2026-01-01', '--message', 'm'],
      {},
      empty,
    );
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.include('/notices/0/start');
    expect((await wmebv(['outage', 'resolve', '-', '--id', 'nope'], {}, empty)).code).to.equal(2);
  });
});
