// @ts-check
// Issue 12 item 9: a broken outage notices file logged only "Error" and a stack. Now one line says
// which file and what is wrong; the intake keeps working without notices.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { submit } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

/** Waits until the server's output has a line matching `pattern` (the log is written asynchronously). */
async function logLine(server, pattern, what) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const line = server
      .output()
      .split('\n')
      .find((candidate) => pattern.test(candidate));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`No log line for ${what} within 30 s. Output:\n${server.output()}`);
}

for (const [what, content, wrong] of [
  ['not JSON', '{ "notices": [ ', /is unusable: not an outage notices document \(docs\/outages\.md\), at \/: Not valid JSON/],
  [
    'a notice without its fields',
    JSON.stringify({ notices: [{ id: 'storing-1' }] }),
    /is unusable: not an outage notices document \(docs\/outages\.md\), at \/notices\/0\/\w+: /,
  ],
]) {
  describe(`an outage notices file that is ${what}`, () => {
    const dir = tempDir('wmebv-outage-file-');
    const file = path.join(dir, 'outages.json');
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    before(async () => {
      writeFileSync(file, content);
      server = await startServer(['--data', dir, '--outages', file]);
    });
    after(() => server?.stop());

    it('is logged in one line naming the file and what is wrong, without a stack; submissions still pass', async () => {
      const { status } = await submit(server.url);
      assert.equal(status, 201);
      const line = await logLine(server, /Outage notices/, 'the broken notices file');
      assert.ok(line.includes(`Outage notices file ${file} is unusable: `), line);
      assert.match(line, wrong);
      assert.match(line, /no notices in use until it is fixed\.$/);
      assert.doesNotMatch(server.output(), /^\s+at /m, 'no stack frames in the log');
      assert.equal(
        server
          .output()
          .split('\n')
          .filter((candidate) => /Outage notices/.test(candidate)).length,
        1,
        'logged once',
      );
    });
  });
}

describe('an outage notices path that is a folder', () => {
  const dir = tempDir('wmebv-outage-folder-');
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', dir, '--outages', dir]);
  });
  after(() => server?.stop());

  it('says so in one line', async () => {
    assert.equal((await submit(server.url)).status, 201);
    const line = await logLine(server, /Outage notices/, 'the folder given as notices file');
    assert.match(line, /Outage notices file .* is unusable: it is a folder, not a file; no notices in use until it is fixed\.$/);
  });
});
