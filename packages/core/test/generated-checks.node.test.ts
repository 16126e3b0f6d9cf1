// The checks generated from the zod schemas for browsers (`pnpm generate checks`, D8 in
// docs/decisions.md) must decide exactly as zod does, both ways: accept what zod accepts with zod's
// very output (values and key order), refuse what zod refuses, at the pointer of zod's first issue.
// Checked on valid samples and on thousands of mutations of them.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OutageNoticesSchema } from '../src/outage/notice.js';
import { checkOutageNoticesDocument } from '../src/outage/notices-check.generated.js';
import { checkOutageNotices } from '../src/outage/notices-check.js';
import { parseOutageNotices } from '../src/outage/notice.js';
import { checkReceipt } from '../src/receipt/check.js';
import { ReceiptPublicKeySchema } from '../src/receipt/key-set.js';
import { parseReceipt, ReceiptV1Schema, ReceiptV2Schema } from '../src/receipt/receipt.js';
import { checkReceiptPublicKey, checkReceiptV1, checkReceiptV2 } from '../src/receipt/receipt-check.generated.js';
import { checkSavedReceipt } from '../src/receipt/saved-check.generated.js';
import { SavedReceiptSchema } from '../src/receipt/saved.js';
import { readSavedProgress } from '../src/submission/stored.js';
import { parseStored, SavedProgressSchema } from '../src/submission/progress.js';
import { checkSavedProgress } from '../src/submission/progress-check.generated.js';
import { ValidationErrorsAnswerSchema } from '../src/validation/errors.js';
import { checkValidationErrorsAnswer } from '../src/validation/errors-check.generated.js';
import type { ZodMiniType } from '../src/zod.js';
import { containers } from './fixtures/containers.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const readJson = (file: string): unknown => JSON.parse(readFileSync(`${repo}${file}`, 'utf8')) as unknown;

type Check = (value: unknown) => { ok: true; value: unknown } | { ok: false; pointer: string };
const pointerOf = (path: readonly PropertyKey[]): string => path.map((segment) => '/' + String(segment)).join('');

/**
 * The generated check and zod agree on `input`. `exactPointer`: the pointer is zod's first issue's;
 * otherwise (a schema with unions: zod may report inside the one option that came closest, the
 * check at the union) it is that pointer or one above it.
 */
function expectAgreement(schema: ZodMiniType, check: Check, input: unknown, exactPointer: boolean): 'accepted' | 'refused' {
  const zod = schema.safeParse(input);
  const checked = check(input);
  expect(checked.ok, `zod ${zod.success ? 'accepts' : 'refuses'} ${JSON.stringify(input)?.slice(0, 300)}`).to.equal(zod.success);
  if (checked.ok && zod.success) {
    expect(checked.value).to.deep.equal(zod.data);
    expect(JSON.stringify(checked.value)).to.equal(JSON.stringify(zod.data));
    return 'accepted';
  }
  if (!checked.ok && !zod.success) {
    const first = pointerOf(zod.error.issues[0]!.path);
    if (exactPointer) expect(checked.pointer).to.equal(first);
    else expect(first.startsWith(checked.pointer), `${checked.pointer} is not ${first} or above it`).to.equal(true);
  }
  return 'refused';
}

const odd = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  ' ',
  'x',
  'nl',
  'https://x.nl',
  ' https://x.nl ',
  'http:x.nl',
  '2026-04-28',
  '2026-02-30',
  '2026-04-28T18:00:00+02:00',
  '2026-04-28T18:00:00',
  'BZW-7KX2-QD4M',
  'BZW-7KX2-QD4',
  'validation.required',
  'validation.nope',
  'a'.repeat(86),
  'a'.repeat(300),
  '😀'.repeat(200),
  'c'.repeat(64),
  '5cv11sxmaaFj-_YuFH5HD_zbZyrz9bx3gIXU_1h7gxY',
  'planned',
  'resolved',
  'happened',
  'cancelled',
  'bezwaar',
  'wmebv-receipt/2',
  'web-form',
  0,
  -1,
  1.5,
  3,
  2 ** 60,
  Number.NaN,
  true,
  false,
  [],
  {},
  [''],
  ['x'],
  { nl: '' },
  { NL: 'x' },
  { nl: 'x' },
  { kind: 'cancelled' },
  { kind: 'happened', start: '2026-04-28T18:00:00+02:00', end: '2026-04-28T17:00:00+02:00' },
);

/** Mutations of `bases`: one member set, deleted or added at any depth, compared with zod. */
function fuzz(schema: ZodMiniType, check: Check, bases: unknown[], exactPointer: boolean, seed: number): void {
  const seen = { accepted: 0, refused: 0 };
  fc.assert(
    fc.property(fc.nat(), fc.nat(), fc.nat(), fc.constantFrom('set', 'delete', 'add'), odd, (which, at, key, operation, value) => {
      const input = structuredClone(bases[which % bases.length]) as Record<string, unknown>;
      const places = containers(input);
      const path = places[at % places.length]!;
      const target = path.reduce<any>((node, step) => node[step], input);
      const keys = Object.keys(target as object);
      const name =
        operation === 'add' || keys.length === 0 ? ['extra', 'format', 'nl', 'en', '__proto__', '0', 'end'][key % 7]! : keys[key % keys.length]!;
      if (operation === 'delete') delete target[name];
      else if (name === '__proto__') Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
      else target[name] = value;
      seen[expectAgreement(schema, check, input, exactPointer)]++;
    }),
    { numRuns: 3000, seed },
  );
  expect(seen.accepted, 'mutations zod accepts').to.be.greaterThan(50);
  expect(seen.refused, 'mutations zod refuses').to.be.greaterThan(50);
}

const receiptV1 = readJson('test/fixtures/receipt-v1/receipt.json') as Record<string, unknown>;
const attachment = { id: 'f1', field: 'bijlage', name: 'besluit.pdf', size: 123_456, type: 'application/pdf', sha256: 'c'.repeat(64) };
const receiptV2 = {
  format: 'wmebv-receipt/2',
  reference: 'BZW-7KX2-QD4M',
  receivedAt: '2026-04-28T18:00:00.000+02:00',
  organisation: { name: 'Gemeente Voorbeeld' },
  messageType: 'bezwaar',
  formId: 'bezwaar',
  formVersion: '1.0.0',
  locale: 'nl',
  review: [
    { stepId: 'a', title: 'Besluit', items: [{ fieldId: 'x', label: 'Omschrijving', answer: 'Weigering', lines: ['Weigering'], empty: false }] },
    { stepId: 'b', title: 'Bijlagen', items: [{ fieldId: 'y', label: 'Bijlage', answer: '', lines: [], empty: true }] },
  ],
  attachments: [attachment],
  digest: { algorithm: 'SHA-256', value: 'd'.repeat(64) },
  kid: 'key-1',
  signature: 'A'.repeat(86),
  declarations: [{ id: 'verklaring', text: 'Ik verklaar', agreedAt: '2026-04-28T17:59:00+02:00', agreedAtClock: 'browser' }],
  lateReason: 'Ziek',
  log: { seq: 7, hash: 'e'.repeat(64) },
};
const publicKey = { kty: 'OKP', crv: 'Ed25519', x: '5cv11sxmaaFj-_YuFH5HD_zbZyrz9bx3gIXU_1h7gxY', kid: 'fixture-v1', alg: 'EdDSA', use: 'sig' };
const envelope = {
  formId: 'bezwaar',
  formVersion: '1.0.0',
  locale: 'nl',
  values: { a: 'tekst', b: true, c: ['f1'] },
  declarations: { verklaring: '2026-04-28T17:59:00+02:00' },
  attachments: [attachment],
  lateReason: 'Ziek',
};
const progress = {
  values: { a: 'tekst', b: false, c: [] },
  stepIndex: 2,
  declarations: { verklaring: '2026-04-28T17:59:00+02:00' },
  idempotencyKey: 'k-1',
  lateReason: '',
  fileNames: { c: ['besluit.pdf'] },
};
const errors = {
  errors: [
    { field: 'a', target: 'field', rule: 'required', params: {}, messageKey: 'validation.required', message: 'Vul dit in' },
    { field: 'b', target: 'field', rule: 'maxLength', params: { max: 10, label: 'x' }, messageKey: 'validation.maxLength' },
  ],
};
const notices = readJson('demo/outages.json');
const moreNotices = {
  notices: [
    {
      id: 'onderhoud',
      channels: ['web-form'],
      status: 'planned',
      start: '2026-05-09T08:00:00+02:00',
      message: 'Onderhoud.',
      outcome: { kind: 'happened', start: '2026-05-09T08:00:00+02:00', end: '2026-05-09T09:00:00+02:00' },
      changes: [{ at: '2026-05-01T08:00:00+02:00', action: 'added', detail: 'gepland' }],
      updatedAt: '2026-05-01T08:00:00+02:00',
    },
  ],
};

describe('the checks generated for browsers (D8) decide as zod does', () => {
  it('a receipt of either format, as the form receives and verifies it', () => {
    for (const [schema, check, base] of [
      [ReceiptV1Schema, checkReceiptV1, receiptV1],
      [ReceiptV2Schema, checkReceiptV2, receiptV2],
    ] as const) {
      expect(expectAgreement(schema, check, base, true)).to.equal('accepted');
      fuzz(schema, check, [base], true, 11);
    }
    // checkReceipt is parseReceipt without zod: the same decision and pointer, the value itself.
    for (const input of [receiptV1, receiptV2, { ...receiptV2, format: 'x' }, { ...receiptV2, kid: '' }, { ...receiptV1, extra: 1 }, null, 'x']) {
      const zod = parseReceipt(input);
      const checked = checkReceipt(input);
      expect(checked.ok).to.equal(zod.ok);
      if (checked.ok && zod.ok) expect(checked.receipt).to.equal(zod.receipt);
      if (!checked.ok && !zod.ok) expect(checked.problem.pointer).to.equal(zod.problem.pointer);
    }
  });

  it('a receipt key', () => {
    expect(expectAgreement(ReceiptPublicKeySchema, checkReceiptPublicKey, publicKey, true)).to.equal('accepted');
    fuzz(ReceiptPublicKeySchema, checkReceiptPublicKey, [publicKey], true, 12);
  });

  it('the saved progress and the saved receipt with its envelope, as sessionStorage gives them back', () => {
    fuzz(SavedProgressSchema, checkSavedProgress, [progress], true, 13);
    const saved = { receipt: receiptV2, envelope };
    expect(expectAgreement(SavedReceiptSchema, checkSavedReceipt, saved, true)).to.equal('accepted');
    fuzz(SavedReceiptSchema, checkSavedReceipt, [saved, { receipt: receiptV1, envelope: { ...envelope, lateReason: undefined } }], true, 14);
    for (const text of [JSON.stringify(progress), '{', '', null, 'null', JSON.stringify({ ...progress, stepIndex: -1 })])
      expect(readSavedProgress(text)).to.deep.equal(parseStored(SavedProgressSchema, text));
  });

  it('the errors of a 422 answer', () => {
    expect(expectAgreement(ValidationErrorsAnswerSchema, checkValidationErrorsAnswer, errors, true)).to.equal('accepted');
    fuzz(ValidationErrorsAnswerSchema, checkValidationErrorsAnswer, [errors], true, 15);
  });

  it('an outage notices document (pointers at or above zod’s: unions)', () => {
    for (const document of [notices, moreNotices])
      expect(expectAgreement(OutageNoticesSchema, checkOutageNoticesDocument, document, false)).to.equal('accepted');
    fuzz(OutageNoticesSchema, checkOutageNoticesDocument, [notices, moreNotices], false, 16);
    const legacy = structuredClone(notices) as { notices: Array<{ extension?: unknown }> };
    legacy.notices[1]!.extension = { until: '2026-05-06' };
    for (const input of [notices, legacy, '{', JSON.stringify(moreNotices), { notices: [moreNotices.notices[0], moreNotices.notices[0]] }]) {
      const zod = parseOutageNotices(input);
      const checked = checkOutageNotices(input);
      expect(checked.ok).to.equal(zod.ok);
      if (checked.ok && zod.ok) expect(checked.document).to.deep.equal(zod.document);
      if (!checked.ok && !zod.ok) expect(checked.problems[0]!.pointer).to.equal(zod.problems[0]!.pointer);
    }
  });
});
