import { expect } from '@open-wc/testing';
import {
  getTranslator,
  parseReceipt,
  parseStored,
  parseValidationErrors,
  SavedProgressSchema,
  SavedReceiptSchema,
  type MessageKey,
  type ValidationError,
} from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const receipt = {
  reference: 'BZW-7KX2-QD4M',
  receivedAt: '2026-04-28T00:30:00.000+02:00',
  organisation: { name: 'Gemeente Voorbeeld' },
  messageType: 'bezwaar',
  formId: 'bezwaarschrift',
  formVersion: '1.0.0',
  locale: 'nl',
  review: [{ stepId: 's', title: 'Stap', items: [{ fieldId: 'naam', label: 'Naam', answer: 'Jan', lines: ['Jan'], empty: false }] }],
  attachments: [],
  digest: { algorithm: 'SHA-256', value: 'a'.repeat(64) },
  kid: 'key-1',
  signature: 'A'.repeat(86),
};

describe('wire formats are parsed at every boundary (one zod schema each)', () => {
  it('parses a receipt and says where one is malformed', () => {
    expect(parseReceipt(receipt)).to.deep.equal({ ok: true, receipt });
    const broken = parseReceipt({ ...receipt, digest: { algorithm: 'MD5', value: 'x' } });
    expect(broken.ok).to.equal(false);
    if (!broken.ok) expect(broken.problem.pointer).to.match(/^\/digest\//);
    expect(parseReceipt('not a receipt').ok).to.equal(false);
  });

  it('keeps members of a receipt that the schema does not name, which the signature covers', () => {
    const later = { ...receipt, declarations: [{ id: 'verklaring' }] };
    const parsed = parseReceipt(later);
    expect(parsed.ok && parsed.receipt).to.equal(later);
    const saved = parseStored(
      SavedReceiptSchema,
      JSON.stringify({ receipt: later, envelope: { formId: 'f', formVersion: '1', locale: 'nl', values: {}, declarations: {}, attachments: [] } }),
    );
    expect(saved?.receipt).to.have.property('declarations');
  });

  it('reads the validation errors of a 422 answer, and nothing else', () => {
    const error: ValidationError = { field: 'naam', target: 'field', rule: 'required', params: {}, messageKey: 'validation.required' };
    expect(parseValidationErrors({ errors: [{ ...error, message: 'Vul een antwoord in.' }] })).to.deep.equal([error]);
    expect(parseValidationErrors({ errors: [{ ...error, messageKey: 'validation.doesNotExist' }] })).to.equal(undefined);
    expect(parseValidationErrors({ errors: [{ ...error, rule: 'made-up' }] })).to.equal(undefined);
    expect(parseValidationErrors('<html>')).to.equal(undefined);
  });

  it('ignores saved progress of the wrong shape instead of restoring it', () => {
    const progress = { values: { naam: 'Jan', bijlagen: ['a-1'], akkoord: true }, stepIndex: 1, declarations: {}, idempotencyKey: 'k' };
    expect(parseStored(SavedProgressSchema, JSON.stringify(progress))).to.deep.equal(progress);
    expect(parseStored(SavedProgressSchema, JSON.stringify({ ...progress, stepIndex: -1 }))).to.equal(undefined);
    expect(parseStored(SavedProgressSchema, JSON.stringify({ ...progress, values: { naam: { html: '<b>' } } }))).to.equal(undefined);
    expect(parseStored(SavedProgressSchema, '{not json')).to.equal(undefined);
    expect(parseStored(SavedProgressSchema, null)).to.equal(undefined);
  });

  it('types message keys from the Dutch resource, so a typo fails the type check', () => {
    const t = getTranslator('nl');
    const key: MessageKey = 'field.characterCount';
    expect(t(key, { count: 1 })).to.equal('U heeft nog 1 teken over.');
    // @ts-expect-error 'validation.requierd' is not a key of the Dutch resource
    expect(t('validation.requierd')).to.equal('validation.requierd');
  });
});
