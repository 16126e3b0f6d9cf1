// @ts-check
// Issue 12 item 7: the demo's pages and the standalone server send the CSP and the other security
// headers; the whole flow runs with 0 CSP violations; a cross-site POST is refused.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objectionFlow, launchBrowser } from './support/browser-flow.mjs';
import { objectionEnvelope, request, submit } from './support/http.mjs';
import { startDemo, startServer, tempDir } from './support/processes.mjs';

const POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html";
const DEV_POLICY = POLICY.replace("connect-src 'self'", "connect-src 'self' ws:");

function assertOtherHeaders(headers, what) {
  assert.equal(headers['x-content-type-options'], 'nosniff', what);
  assert.equal(headers['referrer-policy'], 'no-referrer', what);
  assert.equal(headers['x-frame-options'], 'DENY', what);
  assert.equal(headers['cross-origin-opener-policy'], 'same-origin', what);
}

/** A multipart body as another site's `<form enctype="multipart/form-data">` would post it. */
function crossSiteForm(origin) {
  const boundary = '----wmebvcrosssite';
  const body = `--${boundary}\r\nContent-Disposition: form-data; name="submission"\r\n\r\n${JSON.stringify(objectionEnvelope())}\r\n--${boundary}--\r\n`;
  return { body, headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, Origin: origin, 'Sec-Fetch-Site': 'cross-site' } };
}

describe('the demo (vite): security headers, CSP through the whole flow, origins', () => {
  /** @type {Awaited<ReturnType<typeof startDemo>>} */
  let demo;
  /** @type {import('playwright').Browser} */
  let browser;
  before(async () => {
    [demo, browser] = await Promise.all([startDemo({ WMEBV_DATA_DIR: tempDir('wmebv-demo-') }), launchBrowser()]);
  });
  after(async () => {
    await Promise.all([demo?.stop(), browser?.close()]);
  });

  it('sends the policy exactly, and the other headers, on the page, its modules and the API', async () => {
    for (const rawPath of ['/', '/demo/main.ts', '/api/forms/bezwaarschrift', '/no-such-page']) {
      const { headers } = await request(demo.url, rawPath);
      assert.equal(headers['content-security-policy'], rawPath.startsWith('/api/') ? POLICY : DEV_POLICY, rawPath);
      assertOtherHeaders(headers, rawPath);
    }
  });

  it('runs the whole flow with 0 securitypolicyviolation events', async () => {
    const { csp, violations, heading } = await objectionFlow(browser, demo.url);
    assert.equal(csp, DEV_POLICY);
    assert.match(heading, /^Ontvangen met kenmerk BZW-/);
    assert.deepEqual(violations, []);
  });

  it('refuses a cross-site multipart POST and a cross-site preflight', async () => {
    const { body, headers } = crossSiteForm('https://evil.example');
    const response = await request(demo.url, '/api/forms/bezwaarschrift/submissions', { method: 'POST', headers, body });
    assert.equal(response.status, 403);
    assert.equal(JSON.parse(response.body.toString()).error.code, 'origin-not-allowed');
    const preflight = await request(demo.url, '/api/forms/bezwaarschrift/submissions', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(preflight.status, 403);
    assert.equal(preflight.headers['access-control-allow-origin'], undefined);
  });
});

describe('wmebv-server: security headers and the origin allowlist', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-server-')], { WMEBV_ALLOWED_ORIGINS: 'https://gemeente.example' });
  });
  after(() => server?.stop());

  it('sends the policy exactly on every answer', async () => {
    for (const rawPath of ['/api/forms/bezwaarschrift', '/api/receipt-key', '/', '/api/nothing']) {
      const { headers } = await request(server.url, rawPath);
      assert.equal(headers['content-security-policy'], POLICY, rawPath);
      assertOtherHeaders(headers, rawPath);
    }
  });

  it('refuses a cross-site POST, admits the listed origin and the same origin', async () => {
    const evil = crossSiteForm('https://evil.example');
    const refused = await request(server.url, '/api/forms/bezwaarschrift/submissions', { method: 'POST', headers: evil.headers, body: evil.body });
    assert.equal(refused.status, 403);
    const listed = await submit(server.url, objectionEnvelope(), { Origin: 'https://gemeente.example', 'Sec-Fetch-Site': 'cross-site' });
    assert.equal(listed.status, 201);
    assert.equal(listed.headers['access-control-allow-origin'], 'https://gemeente.example');
    const same = await submit(server.url, objectionEnvelope(), { Origin: server.url, 'Sec-Fetch-Site': 'same-origin' });
    assert.equal(same.status, 201);
    const preflight = await request(server.url, '/api/forms/bezwaarschrift/submissions', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://gemeente.example',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type, idempotency-key',
      },
    });
    assert.equal(preflight.status, 204);
    assert.match(preflight.headers['access-control-allow-headers'] ?? '', /Idempotency-Key/);
  });
});
