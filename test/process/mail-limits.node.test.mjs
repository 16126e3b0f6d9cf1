// @ts-check
// Issue 12 item 4: 50 submissions in 2 s naming one e-mail address queued 50 receipt e-mails.
// Receipt mails are limited per recipient and per client; the receipt on screen is always issued.
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, submit } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

function withEmail(email) {
  const envelope = objectionEnvelope();
  envelope.values.email = email;
  return envelope;
}

/** Waits until `check()` holds. */
async function until(check, what) {
  const deadline = Date.now() + 60_000;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`waited 60 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until the server has logged `count` lines matching `pattern` (mails are sent after the answer). */
async function untilLogged(server, pattern, count) {
  const deadline = Date.now() + 60_000;
  while ((server.output().match(pattern) ?? []).length < count) {
    if (Date.now() > deadline) assert.fail(`waited 60 s for ${count} log lines matching ${pattern}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('receipt e-mail limits', () => {
  const outbox = tempDir('wmebv-outbox-');
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-mail-'), '--outbox', outbox], {
      WMEBV_MAILS_PER_RECIPIENT: '3',
      WMEBV_MAILS_PER_CLIENT: '5',
      WMEBV_SUBMISSIONS_PER_CLIENT: '1000',
    });
  });
  after(() => server?.stop());

  const mails = () => (existsSync(outbox) ? readdirSync(outbox).filter((name) => name.endsWith('.eml')) : []);

  it('sends at most 3 to one address, and still issues every receipt', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit(server.url, withEmail('doelwit@example.org'))));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(10).fill(201),
    );
    await untilLogged(server, /not sent: the receipt e-mail limit/g, 7);
    await until(() => mails().length >= 3, 'the 3 receipt e-mails in the outbox');
    assert.equal(mails().length, 3);
    assert.doesNotMatch(server.output(), /doelwit@example\.org/);
  });

  it('sends at most 5 caused by one client, whatever the addresses', async () => {
    const answers = await Promise.all(Array.from({ length: 4 }, (_, index) => submit(server.url, withEmail(`ander${index}@example.org`))));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      Array(4).fill(201),
    );
    // 3 of this client's 5 went out above; 2 more now, the other 2 are left out.
    await untilLogged(server, /not sent: the receipt e-mail limit/g, 9);
    await until(() => mails().length >= 5, 'the 5 receipt e-mails in the outbox');
    assert.equal(mails().length, 5);
  });
});
