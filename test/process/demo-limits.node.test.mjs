// @ts-check
// Issue 12 items 3 and f: the demo (Vite's server with the intake endpoint) closes a header
// slowloris too. Node checks the headers timeout only every `connectionsCheckingInterval` (30 s
// unless set before the server listens); the demo now takes the interval from the same variables as
// wmebv-server. With a 1 s timeout checked every 200 ms the slow client is closed within seconds;
// with Node's 30 s interval it would still be sending headers when this test gives up at 20 s.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDemo, tempDir } from './support/processes.mjs';
import { connect, trickle, within } from './support/raw.mjs';

describe('the demo closes slow clients', () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  before(async () => {
    demo = await startDemo({
      WMEBV_DATA_DIR: tempDir('wmebv-demo-limits-'),
      WMEBV_HEADERS_TIMEOUT_MS: '1000',
      WMEBV_CONNECTIONS_CHECKING_INTERVAL_MS: '200',
    });
  });
  after(() => demo?.stop());

  it('closes a header slowloris', async () => {
    const client = connect(demo.url);
    await client.connected;
    client.write('GET /api/forms/bezwaarschrift HTTP/1.1\r\nHost: test\r\n');
    const lines = (function* () {
      for (let index = 0; index < 1000; index += 1) yield `X-Slow-${index}: a\r\n`;
    })();
    await within(
      Promise.all([trickle(client, lines, 300), client.closed]),
      20_000,
      'the demo to close a header slowloris (Node checks only every 30 s unless the interval is set)',
    );
    assert.match(client.received(), /^(HTTP\/1\.1 408|$)/);
  });

  it('still serves a normal request', async () => {
    const response = await fetch(`${demo.url}/api/forms/bezwaarschrift`);
    assert.equal(response.status, 200);
  });
});
