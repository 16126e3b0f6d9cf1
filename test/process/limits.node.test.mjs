// @ts-check
// Issue 12 item 3 (and the 413 of item 9): limits on connections, slow clients and volume, against
// the real wmebv-server with short limits set for the test through its environment variables.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request, submit } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';
import { connect, trickle, within } from './support/raw.mjs';

const SUBMISSIONS = '/api/forms/bezwaarschrift/submissions';

/** A server with the given limits (environment variables without the WMEBV_ prefix). */
async function serverWith(limits) {
  const env = Object.fromEntries(Object.entries(limits).map(([name, value]) => [`WMEBV_${name}`, String(value)]));
  return startServer(['--data', tempDir('wmebv-limits-')], env);
}

function head(length, extra = '') {
  return `POST ${SUBMISSIONS} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;
}

describe('slow clients and idle connections (short limits for the test)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await serverWith({
      HEADERS_TIMEOUT_MS: 1000,
      CONNECTIONS_CHECKING_INTERVAL_MS: 200,
      KEEP_ALIVE_TIMEOUT_MS: 500,
      MIN_BODY_BYTES_PER_SECOND: 1000,
      BODY_RATE_WINDOW_MS: 1000,
    });
  });
  after(() => server?.stop());

  it('closes a header slowloris', async () => {
    const client = connect(server.url);
    await client.connected;
    client.write(`GET /api/forms/bezwaarschrift HTTP/1.1\r\nHost: test\r\n`);
    const lines = (function* () {
      for (let index = 0; index < 1000; index += 1) yield `X-Slow-${index}: a\r\n`;
    })();
    await within(Promise.all([trickle(client, lines, 300), client.closed]), 60_000, 'the server to close a header slowloris');
    assert.match(client.received(), /^(HTTP\/1\.1 408|$)/);
  });

  it('answers a body slowloris 408 and closes it', async () => {
    const client = connect(server.url);
    await client.connected;
    client.write(head(100_000));
    const pieces = (function* () {
      for (let index = 0; index < 10_000; index += 1) yield ' ';
    })();
    await within(Promise.all([trickle(client, pieces, 100), client.closed]), 60_000, 'the server to close a body slowloris');
    assert.match(client.received(), /^HTTP\/1\.1 408 /);
    assert.match(client.received(), /body-too-slow/);
  });

  it('accepts a slow but steady body that takes longer than the window', async () => {
    const json = JSON.stringify(objectionEnvelope());
    const body = json + ' '.repeat(6000 - json.length);
    const client = connect(server.url);
    await client.connected;
    client.write(head(body.length, `Idempotency-Key: ${crypto.randomUUID()}\r\n`));
    // 600 bytes every 200 ms: 3000 B/s for 2 s, twice the window, above the 1000 B/s minimum.
    const pieces = body.match(/[\s\S]{1,600}/g) ?? [];
    await trickle(client, pieces, 200);
    await within(
      (async () => {
        while (!/\r\n\r\n[\s\S]*\}$/.test(client.received())) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      60_000,
      'the answer to the slow upload',
    );
    assert.match(client.received(), /^HTTP\/1\.1 201 /);
    client.socket.destroy();
  });

  it('closes an idle keep-alive connection', async () => {
    const client = connect(server.url);
    await client.connected;
    client.write('GET /api/forms/bezwaarschrift HTTP/1.1\r\nHost: test\r\n\r\n');
    await within(client.closed, 60_000, 'the server to close the idle connection');
    assert.match(client.received(), /^HTTP\/1\.1 200 /);
    assert.doesNotMatch(client.received(), /keep-alive: timeout=5\b/i);
  });
});

describe('volume: concurrent requests and uploads in flight get 503 with Retry-After', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await serverWith({ MAX_CONCURRENT_REQUESTS: 2, MAX_UPLOAD_BYTES_IN_FLIGHT: 100_000, BUSY_RETRY_AFTER_SECONDS: 7 });
  });
  after(() => server?.stop());

  it('refuses a request beyond the concurrent limit and admits again when one ends', async () => {
    const held = [connect(server.url), connect(server.url)];
    for (const client of held) {
      await client.connected;
      client.write(head(1000));
    }
    // Wait until both are admitted: a third is refused then.
    let refused;
    await within(
      (async () => {
        for (;;) {
          refused = await request(server.url, '/api/forms/bezwaarschrift');
          if (refused.status === 503) return;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })(),
      60_000,
      'both held requests to be admitted',
    );
    assert.equal(refused.headers['retry-after'], '7');
    assert.equal(JSON.parse(refused.body.toString()).error.code, 'server-busy');
    for (const client of held) client.socket.destroy();
    await within(
      (async () => {
        while ((await request(server.url, '/api/forms/bezwaarschrift')).status !== 200) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      60_000,
      'a place to free up',
    );
  });

  it('refuses an upload that would put more bytes in flight than allowed, with a readable answer', async () => {
    const client = connect(server.url);
    await client.connected;
    client.write(head(150_000) + ' '.repeat(150_000));
    await within(
      (async () => {
        while (!/\r\n\r\n[\s\S]*\}$/.test(client.received())) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      60_000,
      'the 503 answer',
    );
    assert.match(client.received(), /^HTTP\/1\.1 503 /);
    assert.match(client.received(), /retry-after: 7/i);
    client.socket.destroy();
  });

  it('counts refusals per minute, without addresses', async () => {
    const { status, body } = await request(server.url, '/api/refusals');
    assert.equal(status, 200);
    const { minutes } = JSON.parse(body.toString());
    const total = minutes.reduce((sum, minute) => sum + (minute.counts['503 server-busy'] ?? 0), 0);
    assert.ok(total >= 2, `503s counted: ${total}`);
    assert.doesNotMatch(body.toString(), /127\.0\.0\.1|::1/);
  });
});

describe('per-client submission limits (429 with Retry-After)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await serverWith({ SUBMISSIONS_PER_CLIENT: 3, SUBMISSION_WINDOW_MS: 600_000, TRUSTED_PROXIES: 'loopback' });
  });
  after(() => server?.stop());

  it('limits each client address behind a trusted proxy separately', async () => {
    const from = (address) => ({ 'X-Forwarded-For': address });
    for (let index = 0; index < 3; index += 1) assert.equal((await submit(server.url, objectionEnvelope(), from('203.0.113.5'))).status, 201);
    const limited = await submit(server.url, objectionEnvelope(), from('203.0.113.5'));
    assert.equal(limited.status, 429);
    assert.equal(JSON.parse(limited.body.toString()).error.code, 'rate-limited');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 600, `Retry-After ${limited.headers['retry-after']}`);
    // Another citizen behind the same proxy is not affected.
    assert.equal((await submit(server.url, objectionEnvelope(), from('198.51.100.7'))).status, 201);
  });
});

describe('an untrusted X-Forwarded-For is ignored', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await serverWith({ SUBMISSIONS_PER_CLIENT: 2 });
  });
  after(() => server?.stop());

  it('counts the peer address whatever the header says', async () => {
    assert.equal((await submit(server.url, objectionEnvelope(), { 'X-Forwarded-For': '192.0.2.1' })).status, 201);
    assert.equal((await submit(server.url, objectionEnvelope(), { 'X-Forwarded-For': '192.0.2.2' })).status, 201);
    assert.equal((await submit(server.url, objectionEnvelope(), { 'X-Forwarded-For': '192.0.2.3' })).status, 429);
  });
});

describe('an oversized body gets a readable 413, not a reset (item 9)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await serverWith({});
  });
  after(() => server?.stop());

  it('lets a client that sends everything first read the 413', async () => {
    const size = 2 * 1024 * 1024;
    const client = connect(server.url);
    await client.connected;
    // Without Content-Length up front the server learns the size while reading.
    client.write(`POST ${SUBMISSIONS} HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`);
    const chunk = ' '.repeat(64 * 1024);
    for (let sent = 0; sent < size; sent += chunk.length) client.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    client.write('0\r\n\r\n');
    await within(
      (async () => {
        while (!/\r\n\r\n[\s\S]*\}$/.test(client.received())) await new Promise((resolve) => setTimeout(resolve, 20));
      })(),
      60_000,
      'the 413 answer',
    );
    assert.match(client.received(), /^HTTP\/1\.1 413 /);
    client.socket.destroy();
  });
});
