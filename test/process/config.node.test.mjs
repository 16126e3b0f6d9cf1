// @ts-check
// Issue 12 "Also" and item 9: configuration from the environment, validated at start with clear
// messages, every variable in the table in docs/server.md; earlier public keys can be configured.
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { request } from './support/http.mjs';
import { ROOT, startNode, startServer, tempDir } from './support/processes.mjs';

const { VARIABLES, readSettings } = await import('@wmebv/server');

describe('wmebv-server configuration', () => {
  it('names every unusable setting at once and exits 1, without echoing secrets', async () => {
    const run = startNode([path.join(ROOT, 'packages/server/dist/start.js')], {
      env: { WMEBV_PORT: 'abc', WMEBV_ALLOWED_ORIGINS: 'https://ok.example,not-an-origin', SMTP_URL: 'secret-password-here' },
      ready: /never/,
      what: 'wmebv-server with a bad configuration',
    });
    await assert.rejects(run.started, (error) => {
      const message = /** @type {Error} */ (error).message;
      assert.match(message, /exited \(1\)/);
      assert.match(message, /WMEBV_PORT "abc" is not a number; expected a whole number from 0 to 65535\./);
      assert.match(
        message,
        /WMEBV_ALLOWED_ORIGINS "https:\/\/ok\.example,not-an-origin" has an item that is not an origin; expected origins such as https:\/\/www\.gemeente\.nl/,
      );
      assert.match(message, /SMTP_URL \(value not shown: it may hold a password\) is not a URL; expected one such as smtp:/);
      assert.doesNotMatch(message, /secret-password-here/);
      return true;
    });
  });

  it('says for every variable, in plain words, what is wrong with a bad value and what is expected', () => {
    // zod's own wording ("Invalid input: expected number, received NaN") is not for an operator.
    const zodWording =
      /Invalid (input|option|URL|string)|received (NaN|number|string|undefined)|Too (small|big)|expected (number|int|string)\b|>=|<=/;
    const candidates = ['abc', '-1', '1.5', '99999999', 'ab', 'a b', 'x:y'];
    let checked = 0;
    for (const variable of Object.values(VARIABLES)) {
      for (const value of candidates) {
        let message = '';
        try {
          readSettings({ [variable.env]: value });
          continue;
        } catch (error) {
          message = /** @type {Error} */ (error).message;
        }
        checked++;
        const line = message.split('\n').find((text) => text.startsWith(`- ${variable.env} `)) ?? '';
        assert.match(line, /; expected \S/, `${variable.env}=${value}: ${message}`);
        assert.doesNotMatch(line, zodWording, `${variable.env}=${value}: ${line}`);
        assert.equal(
          line.includes(JSON.stringify(value)),
          !variable.secret,
          `${variable.env}=${value}: the value is shown unless it may be a secret: ${line}`,
        );
      }
    }
    assert.ok(checked > 40, `bad values tried: ${checked}`);
  });

  it('documents every variable in docs/server.md', () => {
    const doc = readFileSync(path.join(ROOT, 'docs/server.md'), 'utf8');
    for (const variable of Object.values(VARIABLES)) assert.ok(doc.includes(`\`${variable.env}\``), `${variable.env} is in docs/server.md`);
  });

  describe('earlier public keys', () => {
    const dir = tempDir('wmebv-keys-');
    const earlier = /** @type {{ x: string }} */ (generateKeyPairSync('ed25519').publicKey.export({ format: 'jwk' }));
    const file = path.join(dir, 'earlier.jwks.json');
    writeFileSync(file, JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: earlier.x, kid: 'earlier-2025' }] }));
    /** @type {Awaited<ReturnType<typeof startServer>> | undefined} */
    let server;
    after(() => server?.stop());

    it('publishes them beside the current key with a fresh database', async () => {
      server = await startServer(['--data', path.join(dir, 'data')], { WMEBV_EARLIER_RECEIPT_KEYS_FILE: file });
      const { status, body } = await request(server.url, '/api/receipt-key');
      assert.equal(status, 200);
      const { keys } = JSON.parse(body.toString());
      assert.equal(keys.length, 2);
      assert.deepEqual(keys[0], { kty: 'OKP', crv: 'Ed25519', x: earlier.x, kid: 'earlier-2025', alg: 'EdDSA', use: 'sig' });
    });
  });
});
