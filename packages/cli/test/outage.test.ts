import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
const wmebv = (args: string[], files: Record<string, string> = {}, stdin?: string): Promise<Run> =>
  executeServerCommand<Run, { args: string[]; files: Record<string, string>; stdin?: string }>('run-cli', { args, files, stdin });

const empty = JSON.stringify({ notices: [] });

describe('wmebv outage', function () {
  this.timeout(60_000); // each run is a fresh Node process; slow on a busy machine
  it('checks a notices file', async () => {
    expect((await wmebv(['outage', 'check', 'o.json'], { 'o.json': empty })).code).to.equal(0);
    const bad = await wmebv(['outage', 'check', 'o.json'], { 'o.json': JSON.stringify({ notices: [{ id: 'x', channels: ['fax'] }] }) });
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.include('/notices/0/channels/0');
    expect((await wmebv(['outage', 'check', 'missing.json'])).code).to.equal(2);
  });

  it('adds, updates and resolves a notice, keeping resolved ones as the record (Awb 2:21 lid 3)', async () => {
    const added = await wmebv(
      ['outage', 'add', '-', '--id', 'storing-1', '--channel', 'web-form', '--status', 'ongoing', '--start', '2026-04-28T18:00:00+02:00', '--message', 'Het webformulier werkt niet.', '--phone', '14 0999'],
      {},
      empty,
    );
    expect(added.code, added.stderr).to.equal(0);
    const notice = JSON.parse(added.stdout).notices[0];
    expect(notice).to.deep.include({ id: 'storing-1', status: 'ongoing', channels: ['web-form'], start: '2026-04-28T18:00:00+02:00' });
    expect(notice.alternatives).to.deep.equal([{ kind: 'phone', value: '14 0999' }]);

    const updated = await wmebv(['outage', 'update', '-', '--id', 'storing-1', '--extend-until', '2026-05-06', '--extend-types', 'bezwaar'], {}, added.stdout);
    expect(JSON.parse(updated.stdout).notices[0].extension).to.deep.equal({ until: '2026-05-06', messageTypes: ['bezwaar'] });

    const resolved = await wmebv(['outage', 'resolve', '-', '--id', 'storing-1', '--end', '2026-04-29T10:00:00+02:00'], {}, updated.stdout);
    expect(JSON.parse(resolved.stdout).notices[0]).to.deep.include({ status: 'resolved', end: '2026-04-29T10:00:00+02:00' });
  });

  it('refuses a change that would make the file invalid, and unknown notices', async () => {
    const bad = await wmebv(['outage', 'add', '-', '--id', 'y', '--channel', 'web-form', '--status', 'ongoing', '--start', '2026-01-01', '--message', 'm'], {}, empty);
    expect(bad.code).to.equal(1);
    expect(bad.stderr).to.include('/notices/0/start');
    expect((await wmebv(['outage', 'resolve', '-', '--id', 'nope'], {}, empty)).code).to.equal(2);
  });
});
