// @ts-check
// Issue 12 item 5 (first half): one bad request costs milliseconds and a small answer. The attack:
// a 488 KiB JSON body with 40,000 unknown answers took 1.6 s of CPU and answered 7.1 MiB.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { objectionEnvelope, request, submit } from './support/http.mjs';
import { startServer, tempDir } from './support/processes.mjs';

function manyUnknownAnswers(count) {
  const envelope = objectionEnvelope();
  for (let index = 0; index < count; index += 1) envelope.values[`unknown${index}`] = 'x';
  return envelope;
}

describe('wmebv-server bounds the work of one request', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-bounded-')]);
  });
  after(() => server?.stop());

  it('refuses 40,000 unknown answers (488 KiB) with a small 400 naming the bound', async () => {
    const envelope = manyUnknownAnswers(40_000);
    assert.ok(JSON.stringify(envelope).length > 480 * 1024, 'the body is as large as the attack');
    const [attack, probe] = await Promise.all([submit(server.url, envelope), request(server.url, '/api/forms/bezwaarschrift')]);
    assert.equal(attack.status, 400);
    assert.ok(attack.body.length < 1024, `the answer is ${attack.body.length} bytes`);
    const { error } = JSON.parse(attack.body.toString());
    assert.equal(error.code, 'invalid-envelope');
    assert.equal(error.problems.length, 1);
    assert.equal(probe.status, 200, 'another request is answered meanwhile');
  });

  it('refuses extra envelope members, declarations and long answer lists the same way', async () => {
    const cases = [
      { ...objectionEnvelope(), ...Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`extra${index}`, 1])) },
      { ...objectionEnvelope(), declarations: Object.fromEntries(Array.from({ length: 500 }, (_, index) => [`d${index}`, '2026-01-01T00:00:00Z'])) },
      { ...objectionEnvelope(), attachments: Array.from({ length: 500 }, () => ({})) },
      { ...objectionEnvelope(), values: { ...objectionEnvelope().values, gronden: Array.from({ length: 100_000 }, () => 'a') } },
    ];
    for (const envelope of cases) {
      const { status, body } = await submit(server.url, envelope);
      assert.equal(status, 400);
      assert.ok(body.length < 1024, `the answer is ${body.length} bytes`);
      assert.equal(JSON.parse(body.toString()).error.code, 'invalid-envelope');
    }
  });

  it("still lists every problem of an honest envelope in the sender's language", async () => {
    const envelope = objectionEnvelope();
    envelope.values['naam'] = '';
    envelope.values['postcode'] = '12';
    const { status, body } = await submit(server.url, envelope);
    assert.equal(status, 422);
    const answer = JSON.parse(body.toString());
    assert.deepEqual(answer.errors.map((error) => error.field).sort(), ['naam', 'postcode']);
    assert.ok(answer.errors.every((error) => typeof error.message === 'string' && error.message.length > 0));
    assert.equal(answer.errorCount, undefined);
  });
});

describe('wmebv-server bounds each answer list by the form', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-bounded-')]);
  });
  after(() => server?.stop());

  it('refuses more answers than the form has fields, naming the bound', async () => {
    const { status, body } = await submit(server.url, manyUnknownAnswers(100));
    assert.equal(status, 400);
    const { error } = JSON.parse(body.toString());
    assert.deepEqual(error.problems, [{ pointer: '/values', message: '110 answers; this form allows at most 17.' }]);
  });
});

describe('wmebv-server refuses what it cannot read or store faithfully (item 9)', () => {
  /** @type {Awaited<ReturnType<typeof startServer>>} */
  let server;
  before(async () => {
    server = await startServer(['--data', tempDir('wmebv-small-')]);
  });
  after(() => server?.stop());

  it('refuses a locale the form is not written in', async () => {
    const { status, body } = await submit(server.url, { ...objectionEnvelope(), locale: 'xx' });
    assert.equal(status, 400);
    assert.equal(JSON.parse(body.toString()).error.problems[0].pointer, '/locale');
  });

  it('refuses JSON declared in another charset than UTF-8, accepts utf-8 and none', async () => {
    const refused = await submit(server.url, objectionEnvelope(), { 'Content-Type': 'application/json; charset=utf-16' });
    assert.equal(refused.status, 415);
    assert.equal(JSON.parse(refused.body.toString()).error.code, 'unsupported-charset');
    assert.equal((await submit(server.url, objectionEnvelope(), { 'Content-Type': 'application/json; charset=UTF-8' })).status, 201);
  });

  it('answers HEAD on GET routes like GET, without a body', async () => {
    for (const rawPath of ['/api/forms/bezwaarschrift', '/api/receipt-key']) {
      const get = await request(server.url, rawPath);
      const head = await request(server.url, rawPath, { method: 'HEAD' });
      assert.equal(head.status, 200, rawPath);
      assert.equal(head.headers['content-type'], get.headers['content-type']);
      assert.equal(head.headers['content-length'], get.headers['content-length']);
      assert.equal(head.body.length, 0);
    }
  });
});
