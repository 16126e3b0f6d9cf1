// @ts-check
// Issue 13, the operator's side: organisations configured separately (a shared service organisation
// receiving for two bodies), `/api/admin/` behind named, hashed tokens scoped to one organisation,
// the back-office record with its indicative timeliness, the access log, and the same data from
// `wmebv-server submissions`. Against the real server process, on SQLite and on PostgreSQL.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, PDF, postWithFile as postObjectionWithFile, request, submit } from './support/http.mjs';
import { freshPostgresDatabase, needsPostgres } from './support/postgres.mjs';
import { ROOT, startServer, tempDir } from './support/processes.mjs';

const START = path.join(ROOT, 'packages/server/dist/start.js');
const BODY_A = 'College van burgemeester en wethouders van Gemeente Voorbeeld';
const BODY_B = 'Dagelijks bestuur van Waterschap Anders';

const token = () => `wmebv_${randomBytes(32).toString('base64url')}`;
const sha256 = (/** @type {string | Buffer} */ value) => createHash('sha256').update(value).digest('hex');
const day = (/** @type {number} */ offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Forms, organisations file, an own key for B and an outage notices file, in a fresh folder. */
function configure() {
  const dir = tempDir('wmebv-admin-config-');
  const forms = path.join(dir, 'forms');
  mkdirSync(forms);
  const objection = JSON.parse(readFileSync(path.join(ROOT, 'demo/forms/bezwaarschrift.json'), 'utf8'));
  writeFileSync(path.join(forms, 'bezwaarschrift.json'), JSON.stringify(objection));
  writeFileSync(path.join(forms, 'bezwaar-anders.json'), JSON.stringify({ ...objection, id: 'bezwaar-anders' }));
  const keyB = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  writeFileSync(path.join(dir, 'key-b.json'), JSON.stringify(keyB));
  const tokens = { a: token(), b: token(), aExpired: token() };
  writeFileSync(
    path.join(dir, 'organisations.json'),
    JSON.stringify({
      organisations: [
        {
          id: 'voorbeeld',
          name: BODY_A,
          forms: ['bezwaarschrift'],
          retentionDays: 30,
          tokens: [
            { name: 'zaaksysteem-a', sha256: sha256(tokens.a) },
            { name: 'oud-a', sha256: sha256(tokens.aExpired), expiresAt: '2026-01-01T00:00:00+01:00' },
          ],
        },
        {
          id: 'anders',
          name: BODY_B,
          forms: ['bezwaar-anders'],
          receiptSigningKeyFile: 'key-b.json',
          tokens: [{ name: 'zaaksysteem-b', sha256: sha256(tokens.b) }],
        },
      ],
    }),
  );
  // An e-mail outage going on now: in force at receipt, and it does not take the web form down.
  const start = new Date(Date.now() - 3_600_000).toISOString();
  const notice = { id: 'mail-storing', channels: ['email'], status: 'ongoing', start, message: { nl: 'E-mail is gestoord.', en: 'E-mail is down.' } };
  writeFileSync(path.join(dir, 'outages.json'), JSON.stringify({ organisation: 'Gemeente Voorbeeld', notices: [notice] }));
  return {
    dir,
    forms,
    tokens,
    env: { WMEBV_ORGANISATIONS_FILE: path.join(dir, 'organisations.json'), WMEBV_OUTAGES: path.join(dir, 'outages.json') },
  };
}

/** The objection decided a week ago (so on time), with one PDF, to `formId`. */
async function postWithFile(/** @type {string} */ base, formId = 'bezwaarschrift') {
  const envelope = objectionEnvelope();
  envelope.formId = formId;
  envelope.values.datumBesluit = day(-7);
  const response = await postObjectionWithFile(base, PDF, { name: 'besluit Jansen.pdf', envelope, formId });
  assert.equal(response.status, 201, await response.clone().text());
  return response.json();
}

/** GET (or another method) under /api/admin/ with a bearer token; the body parsed when JSON. */
async function admin(/** @type {string} */ base, /** @type {string} */ rawPath, /** @type {string | undefined} */ bearer, method = 'GET') {
  const response = await request(base, rawPath, { method, headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  const json = /^application\/json/.test(String(response.headers['content-type'])) ? JSON.parse(response.body.toString()) : undefined;
  return { ...response, json };
}

/** `wmebv-server submissions …` with the same configuration; resolves with its exit code and output. */
async function cli(/** @type {string[]} */ args, /** @type {NodeJS.ProcessEnv} */ env) {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [START, 'submissions', ...args], { env: { ...process.env, ...env } });
    return { code: 0, output: stdout };
  } catch (error) {
    const failed = /** @type {any} */ (error);
    return { code: failed.code, output: `${failed.stdout}${failed.stderr}` };
  }
}

for (const backend of ['sqlite', 'postgres']) {
  describe(`operator's side on ${backend}`, backend === 'postgres' ? needsPostgres() : {}, () => {
    const config = configure();
    const dataDir = tempDir('wmebv-admin-data-');
    /** @type {NodeJS.ProcessEnv} */
    let env;
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    /** @type {any[]} */
    const receiptsA = [];
    /** @type {any} */
    let receiptB;
    before(async () => {
      env = { ...config.env, WMEBV_DATA_DIR: dataDir, ...(backend === 'postgres' ? { DATABASE_URL: await freshPostgresDatabase('admin') } : {}) };
      server = await startServer(['--forms', config.forms], env);
      receiptsA.push(await postWithFile(server.url));
      receiptsA.push(JSON.parse((await submit(server.url)).body.toString()));
      receiptB = await postWithFile(server.url, 'bezwaar-anders');
    });
    after(() => server?.stop());

    it("names the receiving body in each receipt and signs with that body's key, every key published", async () => {
      assert.equal(receiptsA[0].organisation.name, BODY_A);
      assert.equal(receiptB.organisation.name, BODY_B);
      assert.notEqual(receiptB.kid, receiptsA[0].kid);
      const keys = JSON.parse((await request(server.url, '/api/receipt-key')).body.toString()).keys.map((/** @type {any} */ key) => key.kid);
      assert.ok(keys.includes(receiptsA[0].kid) && keys.includes(receiptB.kid), keys.join(', '));
    });

    it('refuses every admin path without a token, with an unknown token and with an expired one (401)', async () => {
      for (const rawPath of [
        '/api/admin/submissions',
        `/api/admin/submissions/${receiptsA[0].reference}`,
        '/api/admin/export',
        '/api/admin/nothing-here',
      ]) {
        const none = await admin(server.url, rawPath, undefined);
        assert.equal(none.status, 401, rawPath);
        assert.match(String(none.headers['www-authenticate']), /^Bearer/);
        assert.doesNotMatch(none.body.toString(), /Jansen|BZW-/);
      }
      assert.equal((await admin(server.url, '/api/admin/submissions', token())).status, 401);
      assert.equal((await admin(server.url, '/api/admin/submissions', config.tokens.aExpired)).status, 401);
      assert.equal((await request(server.url, '/api/admin/submissions', { headers: { Authorization: `Basic ${config.tokens.a}` } })).status, 401);
    });

    it("shows each organisation only its own submissions: another body's reference is 404", async () => {
      const listA = await admin(server.url, '/api/admin/submissions', config.tokens.a);
      assert.equal(listA.status, 200);
      assert.deepEqual(listA.json.submissions.map((/** @type {any} */ s) => s.reference).sort(), receiptsA.map((r) => r.reference).sort());
      const listB = await admin(server.url, '/api/admin/submissions', config.tokens.b);
      assert.deepEqual(
        listB.json.submissions.map((/** @type {any} */ s) => s.reference),
        [receiptB.reference],
      );
      assert.equal((await admin(server.url, `/api/admin/submissions/${receiptB.reference}`, config.tokens.a)).status, 404);
      assert.equal((await admin(server.url, `/api/admin/submissions/${receiptB.reference}/attachments/a1`, config.tokens.a)).status, 404);
      assert.equal((await admin(server.url, `/api/admin/submissions/${receiptsA[0].reference}/taken-over`, config.tokens.b, 'POST')).status, 404);
    });

    it('gives the back office the record with its attachment and the indicative deadline, isOnTime and notices in force', async () => {
      const { status, json: record } = await admin(server.url, `/api/admin/submissions/${receiptsA[0].reference}`, config.tokens.a);
      assert.equal(status, 200);
      assert.equal(record.organisation.name, BODY_A);
      assert.equal(record.envelope.values.naam, 'Jan Jansen');
      assert.equal(record.receipt.reference, receiptsA[0].reference);
      assert.equal(record.attachments[0].sha256, sha256(PDF));
      const file = await admin(server.url, record.attachments[0].href, config.tokens.a);
      assert.equal(file.status, 200);
      assert.deepEqual(file.body, PDF);
      assert.match(String(file.headers['content-disposition']), /^attachment; .*filename\*=UTF-8''besluit%20Jansen\.pdf/);
      const { indicative } = record;
      assert.match(indicative.note, /^Indicative/);
      assert.deepEqual(
        indicative.noticesInForce.map((/** @type {any} */ n) => n.id),
        ['mail-storing'],
      );
      assert.equal(indicative.deadline.start, day(-6), 'Awb 6:8: the day after the decision');
      assert.ok(indicative.deadline.end >= day(35), `six weeks after, moved by the Atw: ${indicative.deadline.end}`);
      assert.equal(indicative.onTime.onTime, true);
      assert.equal(indicative.onTime.steps.at(-1).article, 'Awb 6:9 lid 1');
      const withoutFile = await admin(server.url, `/api/admin/submissions/${receiptsA[1].reference}`, config.tokens.a);
      assert.equal(withoutFile.json.indicative.onTime.onTime, false, 'decided 2026-03-15: late');
    });

    it("marks a submission taken over once, by the token's name, in the proof log, and lists by status", async () => {
      const reference = receiptsA[0].reference;
      const first = await admin(server.url, `/api/admin/submissions/${reference}/taken-over`, config.tokens.a, 'POST');
      assert.equal(first.status, 200);
      assert.equal(first.json.takenOverBy, 'zaaksysteem-a');
      const again = await admin(server.url, `/api/admin/submissions/${reference}/taken-over`, config.tokens.a, 'POST');
      assert.deepEqual(again.json, first.json);
      assert.equal((await admin(server.url, `/api/admin/submissions/${reference}/taken-over`, config.tokens.a)).status, 405);
      const fresh = await admin(server.url, '/api/admin/submissions?status=new', config.tokens.a);
      assert.deepEqual(
        fresh.json.submissions.map((/** @type {any} */ s) => s.reference),
        [receiptsA[1].reference],
      );
      const taken = await admin(server.url, '/api/admin/submissions?status=taken-over', config.tokens.a);
      assert.deepEqual(
        taken.json.submissions.map((/** @type {any} */ s) => s.reference),
        [reference],
      );
      assert.equal((await admin(server.url, '/api/admin/submissions?status=whatever', config.tokens.a)).status, 400);
      const verified = await admin(server.url, '/api/admin/log/verify', config.tokens.a);
      assert.equal(verified.json.ok, true, JSON.stringify(verified.json));
      // The outage notices file as the server first read it is one entry too (issue 13: notice changes are logged).
      assert.equal(verified.json.entries, 8, 'the notices as first read, 3 submissions and 3 receipts, then the take-over');
    });

    it("exports the organisation's records as JSON lines", async () => {
      const exported = await admin(server.url, '/api/admin/export', config.tokens.a);
      assert.equal(exported.status, 200);
      assert.match(String(exported.headers['content-type']), /^application\/x-ndjson/);
      const lines = exported.body
        .toString()
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      assert.deepEqual(lines.map((line) => line.reference).sort(), receiptsA.map((r) => r.reference).sort());
      assert.ok(lines.every((line) => line.indicative && line.envelope));
    });

    it("logs each access with the token's name and the references, never answers or tokens", async () => {
      await admin(server.url, `/api/admin/submissions/${receiptsA[1].reference}`, config.tokens.a);
      const output = server.output();
      assert.match(output, new RegExp(`admin submission token=zaaksysteem-a organisation=voorbeeld ${receiptsA[1].reference}`));
      assert.match(output, /admin refused token=- organisation=-/);
      assert.match(output, /admin taken-over token=zaaksysteem-a/);
      assert.doesNotMatch(output, /Jan Jansen|Dorpsstraat|jan@example\.org/);
      assert.ok(!output.includes(config.tokens.a) && !output.includes(config.tokens.b), 'no token in the log');
    });

    it('gives the same data from wmebv-server submissions list, show and export', async () => {
      const cliEnv = { ...env, WMEBV_OUTAGES: config.env.WMEBV_OUTAGES };
      const list = await cli(['list', '--organisation', 'voorbeeld'], cliEnv);
      assert.equal(list.code, 0, list.output);
      const endpointList = (await admin(server.url, '/api/admin/submissions', config.tokens.a)).json.submissions;
      assert.deepEqual(
        list.output
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line)),
        endpointList,
      );
      const reference = receiptsA[0].reference;
      const show = await cli(['show', '--organisation', 'voorbeeld', reference], cliEnv);
      assert.equal(show.code, 0, show.output);
      assert.deepEqual(JSON.parse(show.output), (await admin(server.url, `/api/admin/submissions/${reference}`, config.tokens.a)).json);
      assert.equal((await cli(['show', '--organisation', 'voorbeeld', receiptB.reference], cliEnv)).code, 1, "another body's submission");
      assert.equal((await cli(['list'], cliEnv)).code, 2, 'two organisations: --organisation is needed');
      const out = tempDir('wmebv-admin-export-');
      const exported = await cli(['export', '--organisation', 'voorbeeld', '--out', out], cliEnv);
      assert.equal(exported.code, 0, exported.output);
      const records = readFileSync(path.join(out, 'submissions.jsonl'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
      const withFile = records.find((record) => record.reference === reference);
      assert.deepEqual(readFileSync(path.join(out, withFile.attachments[0].href)), PDF);
    });
  });
}

describe('organisations configuration', () => {
  /** Starts the server with this organisations file; resolves with the failed start. */
  async function refusedStart(/** @type {unknown} */ organisations) {
    const dir = tempDir('wmebv-admin-bad-');
    writeFileSync(path.join(dir, 'organisations.json'), JSON.stringify(organisations));
    const run = promisify(execFile)(process.execPath, [START, '--port', '0', '--data', dir, '--forms', path.join(ROOT, 'demo/forms')], {
      env: { ...process.env, WMEBV_ORGANISATIONS_FILE: path.join(dir, 'organisations.json') },
    });
    return /** @type {any} */ (
      await run.then(
        () => assert.fail('started'),
        (error) => error,
      )
    );
  }

  it('refuses a token given in plain instead of its hash, naming the place and never the value', async () => {
    const secret = token();
    const failed = await refusedStart({
      organisations: [{ id: 'a', name: 'A', forms: ['bezwaarschrift'], tokens: [{ name: 't', sha256: secret }] }],
    });
    assert.equal(failed.code, 1);
    assert.match(failed.stderr, /WMEBV_ORGANISATIONS_FILE: .*\n.*\/organisations\/0\/tokens\/0\/sha256/);
    assert.ok(!failed.stderr.includes(secret), 'the value is never echoed');
  });

  it("takes one organisation's tokens from WMEBV_ADMIN_TOKENS, made by wmebv-server token", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [START, 'token', 'ci-back-office']);
    const made = /^token: +(\S+)$/m.exec(stdout)?.[1];
    const line = /^env: +(\S+)$/m.exec(stdout)?.[1];
    assert.ok(made && line === `ci-back-office:${sha256(made)}`, stdout);
    const single = await startServer(['--data', tempDir('wmebv-admin-env-')], { WMEBV_ADMIN_TOKENS: line });
    try {
      const receipt = JSON.parse((await submit(single.url)).body.toString());
      assert.equal(receipt.organisation.name, 'Gemeente Voorbeeld', 'the definition names the body when no organisation is configured');
      const list = await admin(single.url, '/api/admin/submissions', made);
      assert.deepEqual(
        list.json.submissions.map((/** @type {any} */ s) => s.reference),
        [receipt.reference],
      );
      assert.equal((await admin(single.url, '/api/admin/submissions', undefined)).status, 401);
    } finally {
      await single.stop();
    }
  });

  it('refuses a form in two organisations, and a served form in none', async () => {
    const twice = await refusedStart({
      organisations: [
        { id: 'a', name: 'A', forms: ['bezwaarschrift'] },
        { id: 'b', name: 'B', forms: ['bezwaarschrift'] },
      ],
    });
    assert.equal(twice.code, 1);
    assert.match(twice.stderr, /form "bezwaarschrift" belongs to more than one organisation/);
    const none = await refusedStart({ organisations: [{ id: 'a', name: 'A', forms: ['iets-anders'] }] });
    assert.equal(none.code, 1);
    assert.match(none.stderr, /These forms belong to no organisation .*: bezwaarschrift/);
  });
});
