import { describe, it } from 'node:test';
import { expect } from 'chai';
import { envelopeDigest, formatDateTime, verifyReceipt, type Envelope, type Receipt, type ReceiptKeySet } from '@wmebv/core';
import { fetch, newKey, objectionEnvelope, postJson, SUBMISSIONS } from './support/intake.js';
import { submitVia } from './support/receipt-servers.js';

const keySet = async (): Promise<ReceiptKeySet> => (await (await fetch('/api/receipt-key')).json()) as ReceiptKeySet;

describe('intake endpoint: signed receipts (Awb 2:17 lid 1, 2:25)', () => {
  it('publishes its keys as a JWK Set at /api/receipt-key', async () => {
    const response = await fetch('/api/receipt-key');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/jwk-set\+json/);
    const set = (await response.json()) as ReceiptKeySet;
    expect(set.keys.length).to.be.greaterThan(0);
    for (const key of set.keys) {
      expect(key).to.include({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(key).to.not.have.property('d');
      expect(key.kid).to.be.a('string');
    }
    expect((await fetch('/api/receipt-key', { method: 'POST' })).status).to.equal(405);
  });

  it('signs each receipt so that anyone with the published key can verify it, digest included', async () => {
    const response = await postJson(SUBMISSIONS, objectionEnvelope(), { 'Idempotency-Key': newKey() });
    const receipt = (await response.json()) as Receipt;
    expect(receipt.signature).to.match(/^[A-Za-z0-9_-]{86}$/);
    const set = await keySet();
    expect(set.keys.map((key) => key.kid)).to.include(receipt.kid);
    expect(await verifyReceipt(receipt, set)).to.deep.include({ status: 'valid' });
    // The digest covers the envelope as normalised and stored (the name trimmed, the postcode formatted).
    const stored = objectionEnvelope();
    stored.values = { ...stored.values, naam: 'Jan Jansen', postcode: '1234 AB' };
    expect(receipt.digest.value).to.equal(await envelopeDigest(stored));
  });

  it('answers parallel and repeated requests with one key with one stored, identically signed receipt', async () => {
    const headers = { 'Idempotency-Key': newKey() };
    const parallel = await Promise.all(Array.from({ length: 5 }, () => postJson(SUBMISSIONS, objectionEnvelope(), headers)));
    const repeated = [await postJson(SUBMISSIONS, objectionEnvelope(), headers), await postJson(SUBMISSIONS, objectionEnvelope(), headers)];
    const statuses = [...parallel, ...repeated].map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).to.have.length(1);
    expect(statuses.filter((status) => status === 200)).to.have.length(6);
    const receipts = (await Promise.all([...parallel, ...repeated].map((response) => response.json()))) as Receipt[];
    for (const receipt of receipts) expect(receipt).to.deep.equal(receipts[0]);
    expect((await verifyReceipt(receipts[0], await keySet())).status).to.equal('valid');
  });

  for (const [now, receivedAt, shown] of [
    ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00.000+01:00', '29 maart 2026 om 01:30'],
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00.000+02:00', '25 oktober 2026 om 02:30'],
    ['2026-04-27T22:30:00Z', '2026-04-28T00:30:00.000+02:00', '28 april 2026 om 00:30'],
  ] as const) {
    it(`stamps a receipt at ${now} with the Europe/Amsterdam offset of that moment (${receivedAt})`, async () => {
      const { status, body, keySet: set } = await submitVia({ envelope: objectionEnvelope(), now });
      expect(status).to.equal(201);
      expect(body.receivedAt).to.equal(receivedAt);
      expect(formatDateTime(body.receivedAt, 'nl')).to.equal(shown);
      expect((await verifyReceipt(body, set)).status).to.equal('valid');
    });
  }

  it('keeps publishing an earlier key after the signing key is replaced, so old receipts stay verifiable', async () => {
    const before = await submitVia({ envelope: objectionEnvelope(), key: 'rotation-old' });
    const after = await submitVia({ envelope: objectionEnvelope(), key: 'rotation-new' });
    expect(after.body.kid).to.not.equal(before.body.kid);
    const kids = after.keySet.keys.map((key) => key.kid);
    expect(kids).to.include.members([before.body.kid, after.body.kid]);
    expect((await verifyReceipt(before.body, after.keySet)).status).to.equal('valid');
    expect((await verifyReceipt(after.body, after.keySet)).status).to.equal('valid');
    // With only the old key published, the new receipt is not verifiable: signed by a key not in the set.
    expect(await verifyReceipt(after.body, before.keySet)).to.deep.include({ problem: 'unknown-key' });
  });
});

describe('intake endpoint: the receipt e-mail (no answers in it)', () => {
  const withEmail = (): Envelope => {
    const envelope = objectionEnvelope();
    expect(envelope.values['email']).to.equal('jan@example.org');
    envelope.values['gronden'] = 'Geheime gronden <script>alert(1)</script>';
    return envelope;
  };

  it('sends reference, time of receipt and form title through SMTP, and no answer', async () => {
    const { status, body, mails } = await submitVia({ envelope: withEmail(), mail: 'smtp', now: '2026-04-27T22:30:00Z' });
    expect(status).to.equal(201);
    expect(mails).to.have.length(1);
    const mail = mails[0]!;
    expect(mail.to).to.equal('jan@example.org');
    expect(mail.from).to.include('noreply@voorbeeld.nl');
    expect(mail.subject).to.equal(`Ontvangstbevestiging ${body.reference}: Bezwaar maken tegen een besluit`);
    expect(mail.text).to.include(body.reference);
    expect(mail.text).to.include('28 april 2026 om 00:30');
    expect(mail.text).to.include('Bezwaar maken');
    expect(mail.text).to.include('Gemeente Voorbeeld');
    expect(mail.html, 'plain text only').to.equal('');
    for (const answer of ['Jan Jansen', 'Dorpsstraat', '1234', 'Geheime gronden', 'dakkapel', 'Voorbeeld, ']) {
      expect(mail.raw, answer).to.not.include(answer);
    }
  });

  it('writes the e-mail as an .eml file into the outbox when there is no SMTP server', async () => {
    const { body, mails } = await submitVia({ envelope: withEmail(), mail: 'outbox' });
    expect(mails).to.have.length(1);
    expect(mails[0]!.subject).to.include(body.reference);
    expect(mails[0]!.raw).to.not.include('Geheime gronden');
  });

  it('sends nothing when no e-mail address was given, and nothing again for a retry', async () => {
    const withoutEmail = objectionEnvelope();
    delete withoutEmail.values['email'];
    expect((await submitVia({ envelope: withoutEmail, mail: 'smtp' })).mails).to.have.length(0);
    const idempotencyKey = newKey();
    expect((await submitVia({ envelope: withEmail(), mail: 'smtp', idempotencyKey })).mails).to.have.length(1);
    const retry = await submitVia({ envelope: withEmail(), mail: 'smtp', idempotencyKey });
    expect(retry.status).to.equal(200);
    expect(retry.mails).to.have.length(0);
  });

  it('writes the e-mail in English for an English submission', async () => {
    const envelope = withEmail();
    envelope.locale = 'en';
    const { body, mails } = await submitVia({ envelope, mail: 'smtp', now: '2026-04-27T22:30:00Z' });
    expect(mails[0]!.subject).to.equal(`Receipt ${body.reference}: Lodge an objection to a decision`);
    expect(mails[0]!.text).to.include('28 April 2026 at 00:30');
  });
});
