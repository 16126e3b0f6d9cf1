import { expect } from '@open-wc/testing';
import {
  buildReview,
  envelopeDigest,
  formatDateTime,
  jwkThumbprint,
  parseDefinition,
  parseReceipt,
  RECEIPT_FORMAT_V2,
  receiptDeclarations,
  receiptSigningInput,
  toBase64Url,
  verifyReceipt,
  type Envelope,
  type Receipt,
  type ReceiptPublicKey,
  type UnsignedReceipt,
} from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const definition = parsed.definition;

interface TestKey {
  privateKey: CryptoKey;
  publicKey: ReceiptPublicKey;
}

async function newKey(): Promise<TestKey> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  const { x } = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const kid = await jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: x! });
  return { privateKey: pair.privateKey, publicKey: { kty: 'OKP', crv: 'Ed25519', x: x!, kid, alg: 'EdDSA', use: 'sig' } };
}

async function sign(unsigned: Omit<UnsignedReceipt, 'kid'>, key: TestKey): Promise<Receipt> {
  const withKid = { ...unsigned, kid: key.publicKey.kid };
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, key.privateKey, receiptSigningInput(withKid));
  return { ...withKid, signature: toBase64Url(new Uint8Array(signature)) };
}

const attachment = { id: 'f1', field: 'afschriftBesluit', name: 'besluit <b>.pdf', size: 123_456, type: 'application/pdf', sha256: 'c'.repeat(64) };
const envelope: Envelope = {
  formId: definition.id,
  formVersion: definition.version,
  locale: 'nl',
  values: {
    omschrijvingBesluit: 'Weigering dakkapel',
    datumBesluit: '2026-03-15',
    afschriftBesluit: ['f1'],
    woonland: 'buitenland',
    buitenlandsAdres: 'Rue 1\nBrussel',
    horen: 'ja',
  },
  declarations: { verklaring: '2026-04-28T00:29:00.000+02:00' },
  attachments: [attachment],
};

async function unsignedReceipt(receivedAt = '2026-04-28T00:30:00.000+02:00'): Promise<Omit<UnsignedReceipt, 'kid'>> {
  return {
    format: RECEIPT_FORMAT_V2,
    reference: 'BZW-7KX2-QD4M',
    receivedAt,
    organisation: { name: 'Gemeente Voorbeeld' },
    messageType: 'bezwaar',
    formId: envelope.formId,
    formVersion: envelope.formVersion,
    locale: 'nl',
    review: buildReview(definition, envelope.values, envelope.attachments, 'nl'),
    attachments: envelope.attachments,
    declarations: receiptDeclarations(definition, envelope),
    lateReason: 'Ik lag in het ziekenhuis.',
    digest: { algorithm: 'SHA-256', value: await envelopeDigest(envelope) },
    log: { seq: 7, hash: 'a'.repeat(64) },
  };
}

/** Every leaf of a JSON value with its JSON pointer. */
function leaves(value: unknown, pointer = ''): { pointer: string; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, `${pointer}/${index}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => leaves(item, `${pointer}/${key}`));
  return [{ pointer, value }];
}

/** A copy of `receipt` with one character (or the number or boolean) at `pointer` changed. */
function tamper(receipt: Receipt, pointer: string): unknown {
  const copy = JSON.parse(JSON.stringify(receipt)) as Record<string, unknown>;
  const path = pointer.split('/').slice(1);
  let parent: Record<string, unknown> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string, unknown>;
  const last = path.at(-1)!;
  const value = parent[last];
  if (typeof value === 'number') parent[last] = value + 1;
  else if (typeof value === 'boolean') parent[last] = !value;
  else {
    const text = String(value);
    // Change the last character to another one of the same kind, so the shape stays plausible.
    const index = Math.max(0, text.length - 1);
    const char = text[index] ?? '';
    const replacement = /[0-9]/.test(char)
      ? String((Number(char) + 1) % 10)
      : /[A-Z]/.test(char)
        ? char === 'Q'
          ? 'R'
          : 'Q'
        : char === 'a'
          ? 'b'
          : 'a';
    parent[last] = text.slice(0, index) + replacement + text.slice(index + 1);
  }
  return copy;
}

describe('verifyReceipt (Awb 2:17 lid 1, 2:25)', () => {
  let key: TestKey;
  let receipt: Receipt;
  before(async () => {
    key = await newKey();
    receipt = await sign(await unsignedReceipt(), key);
  });

  it('accepts a receipt signed by a published key, and its envelope by the digest', async () => {
    const result = await verifyReceipt(receipt, { keys: [key.publicKey] }, { envelope });
    expect(result).to.deep.include({ status: 'valid', digest: 'matches' });
    expect(result.status === 'valid' && result.key.kid).to.equal(key.publicKey.kid);
  });

  it('survives a JSON round trip with members in another order (RFC 8785)', async () => {
    const reordered = Object.fromEntries(Object.entries(JSON.parse(JSON.stringify(receipt)) as object).reverse());
    expect((await verifyReceipt(reordered, { keys: [key.publicKey] })).status).to.equal('valid');
  });

  it('fails when any one character in any field is changed, and says what failed', async () => {
    const all = leaves(receipt);
    expect(all.length).to.be.greaterThan(40);
    for (const { pointer } of all) {
      const result = await verifyReceipt(tamper(receipt, pointer), { keys: [key.publicKey] });
      expect(result.status, pointer).to.equal('invalid');
      if (result.status !== 'invalid') continue;
      expect(['signature-mismatch', 'malformed', 'unknown-key'], pointer).to.include(result.problem);
      expect(result.message, pointer).to.match(/signature does not match|not well-formed|not in the key set/);
    }
  });

  it('names the signature as what failed when an answer was changed', async () => {
    const changed = JSON.parse(JSON.stringify(receipt)) as Receipt;
    changed.review[0]!.items[0]!.answer = 'Weigering dakkapeL';
    const result = await verifyReceipt(changed, { keys: [key.publicKey] });
    expect(result).to.deep.include({ status: 'invalid', problem: 'signature-mismatch', pointer: '/signature' });
  });

  it('names the member that is malformed', async () => {
    const result = await verifyReceipt({ ...receipt, receivedAt: 'gisteren' }, { keys: [key.publicKey] });
    expect(result).to.deep.include({ status: 'invalid', problem: 'malformed', pointer: '/receivedAt' });
    expect((await verifyReceipt('not a receipt', { keys: [key.publicKey] })).status).to.equal('invalid');
  });

  it('fails for a receipt signed by another key than the published one', async () => {
    const other = await newKey();
    // Another key claiming the published key's id.
    const forged = await sign(await unsignedReceipt(), { privateKey: other.privateKey, publicKey: key.publicKey });
    expect(await verifyReceipt(forged, { keys: [key.publicKey] })).to.deep.include({ status: 'invalid', problem: 'signature-mismatch' });
    // Another key under its own id, which the organisation does not publish.
    const unpublished = await sign(await unsignedReceipt(), other);
    expect(await verifyReceipt(unpublished, { keys: [key.publicKey] })).to.deep.include({
      status: 'invalid',
      problem: 'unknown-key',
      pointer: '/kid',
    });
  });

  it('keeps receipts of a rotated (earlier) key verifiable while the set publishes both', async () => {
    const next = await newKey();
    const old = receipt;
    const fresh = await sign(await unsignedReceipt(), next);
    const set = { keys: [key.publicKey, next.publicKey] };
    expect((await verifyReceipt(old, set)).status).to.equal('valid');
    expect((await verifyReceipt(fresh, set)).status).to.equal('valid');
    expect(await verifyReceipt(old, { keys: [next.publicKey] })).to.deep.include({ problem: 'unknown-key' });
  });

  it('fails when the envelope is not the one the digest covers', async () => {
    const other = { ...envelope, values: { ...envelope.values, horen: 'nee' } };
    expect(await verifyReceipt(receipt, { keys: [key.publicKey] }, { envelope: other })).to.deep.include({
      status: 'invalid',
      problem: 'digest-mismatch',
      pointer: '/digest/value',
    });
  });

  it('rejects a key set that is not one, and a key that is not Ed25519', async () => {
    expect(await verifyReceipt(receipt, { nope: [] })).to.deep.include({ problem: 'invalid-key-set' });
    expect(await verifyReceipt(receipt, { keys: [{ kid: key.publicKey.kid, kty: 'RSA', n: 'x', e: 'AQAB' }] })).to.deep.include({
      problem: 'invalid-key',
    });
  });

  for (const [instant, receivedAt, nl, en] of [
    // The night summer time starts: 00:30 UTC is 01:30 winter time (+01:00).
    ['2026-03-29T00:30:00Z', '2026-03-29T01:30:00.000+01:00', '29 maart 2026 om 01:30', '29 March 2026 at 01:30'],
    // The night summer time ends: 00:30 UTC is the first 02:30 (+02:00); 01:30 UTC the second (+01:00).
    ['2026-10-25T00:30:00Z', '2026-10-25T02:30:00.000+02:00', '25 oktober 2026 om 02:30', '25 October 2026 at 02:30'],
    ['2026-10-25T01:30:00Z', '2026-10-25T02:30:00.000+01:00', '25 oktober 2026 om 02:30', '25 October 2026 at 02:30'],
  ] as const) {
    it(`signs and shows the time of receipt ${instant} in Europe/Amsterdam (${receivedAt})`, async () => {
      const signed = await sign(await unsignedReceipt(receivedAt), key);
      expect((await verifyReceipt(signed, { keys: [key.publicKey] })).status).to.equal('valid');
      expect(new Date(signed.receivedAt).getTime()).to.equal(new Date(instant).getTime());
      expect(formatDateTime(signed.receivedAt, 'nl')).to.equal(nl);
      expect(formatDateTime(signed.receivedAt, 'en')).to.equal(en);
      // The same wall-clock time with the other offset is another moment: the signature catches it.
      const shifted = { ...signed, receivedAt: receivedAt.replace(/\+0([12]):00$/, (_, hour: string) => `+0${hour === '1' ? 2 : 1}:00`) };
      expect((await verifyReceipt(shifted, { keys: [key.publicKey] })).status).to.equal('invalid');
    });
  }
});

describe('receipt formats (Awb 2:17 lid 1: format 2 states declarations, lateReason and the log anchor)', () => {
  it('verifies a stored format-1 receipt, issued by the server before format 2, with its archived key set', async () => {
    const receipt: unknown = await (await fetch('/test/fixtures/receipt-v1/receipt.json')).json();
    const keySet: unknown = await (await fetch('/test/fixtures/receipt-v1/keys.json')).json();
    expect((receipt as { format?: string }).format).to.equal(undefined);
    const result = await verifyReceipt(receipt, keySet);
    expect(result.status, JSON.stringify(result)).to.equal('valid');
    const changed = JSON.parse(JSON.stringify(receipt)) as { review: { items: { lines: string[] }[] }[] };
    changed.review[0]!.items[0]!.lines[0] += '.';
    expect((await verifyReceipt(changed, keySet)).status).to.equal('invalid');
  });

  it("Awb 2:17: states each declaration quoted from the definition in the envelope's locale, with the browser's time labelled as such", async () => {
    const receipt = await unsignedReceipt();
    expect(receipt.declarations).to.deep.equal([
      {
        id: 'verklaring',
        text: 'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld en onderteken hiermee mijn bezwaar.',
        agreedAt: '2026-04-28T00:29:00.000+02:00',
        agreedAtClock: 'browser',
      },
    ]);
    const english = receiptDeclarations(definition, { ...envelope, locale: 'en' });
    expect(english[0]!.text).to.equal('I declare that I have filled in this form truthfully and hereby sign my objection.');
  });

  it('names the format-2 member that is wrong, and refuses a format it does not know', async () => {
    const key = await newKey();
    const receipt = await sign(await unsignedReceipt(), key);
    const noAnchor = parseReceipt({ ...receipt, log: undefined });
    expect(noAnchor.ok).to.equal(false);
    if (!noAnchor.ok) expect(noAnchor.problem.pointer).to.equal('/log');
    const badClock = parseReceipt({
      ...receipt,
      declarations: [{ ...(receipt.format === RECEIPT_FORMAT_V2 && receipt.declarations[0]), agreedAtClock: 'server' }],
    });
    expect(!badClock.ok && badClock.problem.pointer).to.equal('/declarations/0/agreedAtClock');
    const unknown = parseReceipt({ ...receipt, format: 'wmebv-receipt/3' });
    expect(!unknown.ok && unknown.problem).to.deep.equal({ pointer: '/format', message: 'unknown receipt format "wmebv-receipt/3"' });
  });
});
