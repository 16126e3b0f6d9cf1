import { describe, it } from 'node:test';
import { expect } from 'chai';
import { checkDefinition, describeValidationError, envelopeDigest, isReference, type Envelope, type FormDefinition, type Receipt } from '@wmebv/core';
import { errorCode, type ErrorItem, fetch, newKey, objectionEnvelope, postJson, SUBMISSIONS } from './support/intake.js';

async function servedDefinition(formId: string): Promise<FormDefinition> {
  const result = checkDefinition(await (await fetch(`/api/forms/${formId}`)).json());
  if (!result.ok) throw new Error(`served definition ${formId} is not usable`);
  return result.definition;
}

async function errorsOf(response: Response): Promise<ErrorItem[]> {
  expect(response.status).to.equal(422);
  const body = (await response.json()) as { error: { code: string }; errors: ErrorItem[] };
  expect(body.error.code).to.equal('invalid-submission');
  return body.errors;
}

describe('intake endpoint: POST /api/forms/:formId/submissions', () => {
  it('stores a valid submission and answers 201 with the receipt (Awb 2:17 lid 1)', async () => {
    const response = await postJson(SUBMISSIONS, objectionEnvelope());
    expect(response.status).to.equal(201);
    const receipt = (await response.json()) as Receipt;

    expect(isReference(receipt.reference)).to.equal(true);
    expect(receipt.reference).to.match(/^BZW-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
    expect(receipt.organisation).to.deep.equal({ name: 'Gemeente Voorbeeld' });
    expect(receipt.messageType).to.equal('bezwaar');
    expect([receipt.formId, receipt.formVersion, receipt.locale]).to.deep.equal(['bezwaarschrift', '1.0.0', 'nl']);
    expect(receipt.attachments).to.deep.equal([]);
  });

  it('states the time of receipt by the server clock with the Europe/Amsterdam offset (Awb 2:20)', async () => {
    const before = Date.now();
    const receipt = (await (await postJson(SUBMISSIONS, objectionEnvelope())).json()) as Receipt;
    expect(receipt.receivedAt).to.match(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0[12]:00$/);
    const offsetHours = Number(receipt.receivedAt.slice(-5, -3));
    const amsterdamHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', hourCycle: 'h23' });
    expect(Number(receipt.receivedAt.slice(11, 13))).to.equal(Number(amsterdamHour.format(new Date(receipt.receivedAt))));
    expect(offsetHours).to.be.oneOf([1, 2]);
    expect(Math.abs(Date.parse(receipt.receivedAt) - before)).to.be.below(60_000);
  });

  it('gives back what was received as the review: visible answers by step, normalised (Awb 2:17 lid 2)', async () => {
    const withoutEmail = objectionEnvelope();
    delete withoutEmail.values['email'];
    const receipt = (await (await postJson(SUBMISSIONS, withoutEmail)).json()) as Receipt;
    expect(receipt.review.map((section) => section.title)).to.deep.equal(['Het besluit', 'Uw bezwaar', 'Uw gegevens']);
    const items = receipt.review.flatMap((section) => section.items);
    const answer = (id: string): string | undefined => items.find((item) => item.fieldId === id)?.answer;
    expect(answer('postcode')).to.equal('1234 AB');
    expect(answer('naam')).to.equal('Jan Jansen');
    expect(answer('datumBesluit')).to.equal('15 maart 2026');
    expect(answer('horen')).to.equal('Ja');
    expect(items.find((item) => item.fieldId === 'gronden')?.lines).to.deep.equal(['De dakkapel past in de straat.', 'De buren zijn akkoord.']);
    expect(items.find((item) => item.fieldId === 'email')).to.include({ empty: true, answer: '' });
    expect(items.map((item) => item.fieldId)).not.to.include.members(['buitenlandsAdres', 'machtiging']);
  });

  it("labels the review in the sender's language", async () => {
    const receipt = (await (await postJson(SUBMISSIONS, objectionEnvelope({ locale: 'en' }))).json()) as Receipt;
    expect(receipt.locale).to.equal('en');
    expect(receipt.review[0]!.title).to.equal('The decision');
    expect(receipt.review[0]!.items.find((item) => item.fieldId === 'datumBesluit')?.answer).to.equal('15 March 2026');
  });

  it('digests the normalised envelope: anyone can recompute the receipt digest from the copy', async () => {
    const sent = objectionEnvelope();
    const receipt = (await (await postJson(SUBMISSIONS, sent)).json()) as Receipt;
    expect(receipt.digest.algorithm).to.equal('SHA-256');
    expect(receipt.digest.value).to.match(/^[0-9a-f]{64}$/);
    const normalised: Envelope = { ...sent, values: { ...sent.values, naam: 'Jan Jansen', postcode: '1234 AB' } };
    expect(receipt.digest.value).to.equal(await envelopeDigest(normalised));
    expect(receipt.digest.value).not.to.equal(await envelopeDigest(sent));
  });

  it("answers 422 with every error at once, each described in the sender's language", async () => {
    const values = { ...objectionEnvelope().values };
    delete values['gronden'];
    const envelope = objectionEnvelope({
      values: { ...values, postcode: '1234 SA', datumBesluit: '2026-04-31', onbekend: 'x', buitenlandsAdres: 'Rue de la Loi 1, Brussel' },
      declarations: {},
    });
    const errors = await errorsOf(await postJson(SUBMISSIONS, envelope));
    const found = errors.map(({ field, rule }) => `${field}:${rule}`);
    expect(found).to.have.members([
      'onbekend:unknownField',
      'buitenlandsAdres:hiddenField',
      'datumBesluit:date',
      'gronden:required',
      'postcode:postcode',
      'verklaring:required',
    ]);
    const definition = await servedDefinition('bezwaarschrift');
    for (const { message, ...error } of errors) {
      expect(message, error.field).to.equal(describeValidationError(definition, error as Parameters<typeof describeValidationError>[1], 'nl'));
    }
    expect(errors.find((error) => error.field === 'postcode')).to.deep.include({ target: 'field', messageKey: 'validation.postcode', params: {} });
    // The demo's own message for the question (errorMessages), not the generic default.
    expect(errors.find((error) => error.field === 'postcode')!.message).to.equal('Vul een Nederlandse postcode in, zoals 1234 AB.');

    const inEnglish = await errorsOf(await postJson(SUBMISSIONS, { ...envelope, locale: 'en' }));
    expect(inEnglish.find((error) => error.field === 'datumBesluit')!.message).to.equal(
      'The date of the decision must be a real date. Enter the day, month and year as on the letter, for example 15 3 2026.',
    );
  });

  it('stores nothing when it rejects: the same Idempotency-Key then gets a fresh receipt', async () => {
    const key = newKey();
    const rejected = await postJson(SUBMISSIONS, objectionEnvelope({ values: { ...objectionEnvelope().values, postcode: '0000 AA' } }), {
      'Idempotency-Key': key,
    });
    expect(rejected.status).to.equal(422);
    const accepted = await postJson(SUBMISSIONS, objectionEnvelope(), { 'Idempotency-Key': key });
    expect(accepted.status).to.equal(201);
    expect(isReference(((await accepted.json()) as Receipt).reference)).to.equal(true);
  });

  it('accepts an empty answer to an optional field with length limits: constraints apply to answers only', async () => {
    const envelope = (opmerking: string): Envelope => ({
      formId: 'server-limits',
      formVersion: '1.0.0',
      locale: 'nl',
      values: { opmerking },
      declarations: {},
      attachments: [],
    });
    const path = '/api/forms/server-limits/submissions';
    expect((await postJson(path, envelope(''))).status).to.equal(201);
    expect((await postJson(path, envelope('   '))).status).to.equal(201);
    expect((await postJson(path, envelope('Prima'))).status).to.equal(201);
    expect((await errorsOf(await postJson(path, envelope('ab'))))[0]).to.include({ field: 'opmerking', rule: 'minLength' });
    expect((await errorsOf(await postJson(path, envelope('veel te lang'))))[0]).to.include({ field: 'opmerking', rule: 'maxLength' });
  });

  it('answers 409 for a version of the form it does not serve, and 201 for the current one', async () => {
    const envelope = (formVersion: string): Envelope => ({
      formId: 'server-versioned',
      formVersion,
      locale: 'nl',
      values: { omschrijving: 'Een losse stoeptegel' },
      declarations: {},
      attachments: [],
    });
    const path = '/api/forms/server-versioned/submissions';
    for (const version of ['1.0.0', '2.0.0']) {
      const response = await postJson(path, envelope(version));
      expect(response.status, version).to.equal(409);
      const body = (await response.json()) as { error: { code: string; currentVersion: string } };
      expect(body.error).to.include({ code: 'form-version-not-served', currentVersion: '1.1.0' });
    }
    const current = await postJson(path, envelope('1.1.0'));
    expect(current.status).to.equal(201);
    expect(((await current.json()) as Receipt).reference).to.match(/^MLD-/);
  });

  it('answers 404 for a submission to an unknown form', async () => {
    const response = await postJson('/api/forms/bestaat-niet/submissions', objectionEnvelope());
    expect(response.status).to.equal(404);
    expect(await errorCode(response)).to.equal('unknown-form');
  });

  it('rejects an envelope for another form than the one it is posted to', async () => {
    const errors = await errorsOf(await postJson('/api/forms/server-limits/submissions', objectionEnvelope({ formVersion: '1.0.0' })));
    expect(errors.map((error) => error.rule)).to.include('form');
  });
});
