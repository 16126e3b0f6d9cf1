import { expect } from '@open-wc/testing';
import {
  envelopeDigest,
  fileProblem,
  jwkThumbprint,
  normaliseLateReason,
  parseDefinition,
  parseReceiptPrivateKey,
  resolveDateBound,
  sha256Hex,
  tooManyFiles,
  toZonedIso,
  validateSubmission,
  validateValues,
  type Envelope,
} from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const definition = parsed.definition;
const answers = {
  omschrijvingBesluit: 'Weigering dakkapel',
  gronden: 'De dakkapel past in de straat.',
  naam: 'Jan Jansen',
  woonland: 'nl',
  straatHuisnummer: 'Dorpsstraat 1',
  postcode: '1234ab',
  woonplaats: 'Voorbeeld',
};

describe('file rules (one place for the upload element and the server, Awb 2:15)', () => {
  const limits = { accept: ['application/pdf', '.jpg'], maxFileSize: 1000, maxFiles: 2 };

  it('returns data, never sentences: rule, params and message key', () => {
    expect(fileProblem(limits, { name: 'a.exe', type: 'application/x-msdownload', size: 10 })).to.deep.equal({
      rule: 'fileType',
      params: { name: 'a.exe', accepted: 'PDF, JPG' },
      messageKey: 'validation.fileType',
    });
    expect(fileProblem(limits, { name: 'a.pdf', type: 'application/pdf', size: 0 })?.rule).to.equal('fileEmpty');
    expect(fileProblem(limits, { name: 'a.pdf', type: 'application/pdf', size: 1001 })).to.deep.equal({
      rule: 'fileSize',
      params: { name: 'a.pdf', max: 1000 },
      messageKey: 'validation.fileSize',
    });
    expect(fileProblem(limits, { name: 'FOTO.JPG', type: '', size: 1000 })).to.equal(undefined);
    expect(fileProblem({}, { name: 'x', type: '', size: 1 })).to.equal(undefined);
  });

  it('counts files against maxFiles, 1 when absent', () => {
    expect(tooManyFiles(limits, 2)).to.equal(false);
    expect(tooManyFiles(limits, 3)).to.equal(true);
    expect(tooManyFiles({}, 2)).to.equal(true);
  });

  it('refuses an empty (0-byte) attachment on the server side too', () => {
    const empty = { id: 'f1', field: 'afschriftBesluit', name: 'besluit.pdf', size: 0, type: 'application/pdf', sha256: 'a'.repeat(64) };
    const { errors } = validateValues(definition, { ...answers, afschriftBesluit: ['f1'] }, [empty]);
    expect(errors.map((error) => [error.rule, error.messageKey])).to.deep.equal([['fileEmpty', 'validation.fileEmpty']]);
  });
});

describe('lateReason normalisation (Awb 6:11), the same in browser and server', () => {
  it('keeps line breaks as \\n, trims, and drops a reason of only white space', () => {
    expect(normaliseLateReason('  Ik was ziek.\r\nZie bijlage.\r')).to.equal('Ik was ziek.\nZie bijlage.');
    expect(normaliseLateReason(' \r\n ')).to.equal(undefined);
    expect(normaliseLateReason(undefined)).to.equal(undefined);
  });

  it('is what validateSubmission stores', () => {
    const envelope: Envelope = {
      formId: 'bezwaarschrift',
      formVersion: '1.0.0',
      locale: 'nl',
      values: answers,
      declarations: { verklaring: '2026-04-27T22:30:00.000Z' },
      attachments: [],
      lateReason: ' Ziek.\r\n',
    };
    expect(validateSubmission(definition, envelope).envelope.lateReason).to.equal('Ziek.');
    expect(validateSubmission(definition, { ...envelope, lateReason: '  ' }).envelope).to.not.have.property('lateReason');
  });
});

describe('hashing and key ids in one place', () => {
  it('gives SHA-256 as lower-case hex (FIPS 180-2 "abc")', async () => {
    expect(await sha256Hex('abc')).to.equal('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex(new TextEncoder().encode('abc'))).to.equal(await sha256Hex('abc'));
  });

  it('digests the canonical envelope with the same function', async () => {
    const envelope = { formId: 'f', formVersion: '1.0.0', locale: 'nl', values: {}, declarations: {}, attachments: [] };
    expect(await envelopeDigest(envelope)).to.equal(
      await sha256Hex('{"attachments":[],"declarations":{},"formId":"f","formVersion":"1.0.0","locale":"nl","values":{}}'),
    );
  });

  it('computes the RFC 7638 thumbprint of an Ed25519 key (RFC 8037 appendix A.3)', async () => {
    const x = '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo';
    expect(await jwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x })).to.equal('kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k');
  });

  it('parses the signing key file instead of trusting its shape, without echoing the key', () => {
    const key = { kty: 'OKP', crv: 'Ed25519', d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
    expect(parseReceiptPrivateKey(key)).to.deep.equal({ ok: true, key });
    const wrong = parseReceiptPrivateKey({ ...key, d: 'short' });
    expect(wrong.ok).to.equal(false);
    expect(JSON.stringify(wrong)).to.not.contain('short');
    expect(parseReceiptPrivateKey({ ...key, crv: 'P-256' }).ok).to.equal(false);
  });
});

describe('Europe/Amsterdam, once', () => {
  it('states a moment with the offset of that moment (Awb 2:20)', () => {
    expect(toZonedIso(new Date('2026-04-27T22:30:00Z'))).to.equal('2026-04-28T00:30:00.000+02:00');
    expect(toZonedIso(new Date('2026-01-05T12:00:00Z'))).to.equal('2026-01-05T13:00:00.000+01:00');
  });

  it('counts relative date bounds with date-fns, clamping to the end of a short month', () => {
    expect(resolveDateBound('today-18y', new Date('2026-02-28T23:30:00Z'))).to.equal('2008-03-01');
    expect(resolveDateBound('today+1m', new Date('2026-03-31T10:00:00Z'))).to.equal('2026-04-30');
    expect(resolveDateBound('today-1y', new Date('2028-02-29T10:00:00Z'))).to.equal('2027-02-28');
    expect(resolveDateBound('today+2w', new Date('2026-03-25T10:00:00Z'))).to.equal('2026-04-08');
  });
});
