import { expect } from '@open-wc/testing';
import {
  buildReview,
  createReference,
  envelopeDigest,
  formatBytes,
  formatCitation,
  formatDateTime,
  getTranslator,
  isReference,
  parseDefinition,
} from '@wmebv/core';
import { en, nl, provideAllMessages } from '@wmebv/core/messages';
import { objection } from '../../../test/fixtures/objection.js';

provideAllMessages();

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const definition = parsed.definition;

describe('buildReview', () => {
  const attachment = { id: 'f1', field: 'afschriftBesluit', name: 'besluit.pdf', size: 123_456, type: 'application/pdf', sha256: 'c'.repeat(64) };
  const values = { datumBesluit: '2026-03-15', afschriftBesluit: ['f1'], woonland: 'buitenland', buitenlandsAdres: 'Rue 1\nBrussel', horen: 'ja' };

  it('lists visible answers per step, in form order, with the labels of the form', () => {
    const review = buildReview(definition, values, [attachment], 'nl');
    expect(review.map((section) => section.title)).to.deep.equal(['Het besluit', 'Uw bezwaar', 'Uw gegevens']);
    const details = review[2]!.items.map((item) => item.fieldId);
    expect(details).to.include('buitenlandsAdres');
    expect(details).to.not.include('postcode');
    expect(details).to.not.include('machtiging');
  });

  it('shows answers as people read them', () => {
    const review = buildReview(definition, values, [attachment], 'nl');
    const items = review.flatMap((section) => section.items);
    const answer = (id: string) => items.find((item) => item.fieldId === id);
    expect(answer('datumBesluit')!.answer).to.equal('15 maart 2026');
    expect(answer('afschriftBesluit')!.answer).to.equal('besluit.pdf (121 kB)');
    expect(answer('horen')!.answer).to.equal('Ja');
    expect(answer('buitenlandsAdres')!.lines).to.deep.equal(['Rue 1', 'Brussel']);
    expect(answer('kenmerkBesluit')).to.include({ empty: true, answer: '' });
  });

  it('speaks English when asked', () => {
    const review = buildReview(definition, values, [attachment], 'en');
    expect(review[0]!.items.find((item) => item.fieldId === 'datumBesluit')!.answer).to.equal('15 March 2026');
  });
});

describe('receipt helpers', () => {
  it('makes short, unambiguous references per message type', () => {
    const references = new Set(Array.from({ length: 200 }, () => createReference('bezwaar')));
    expect(references.size).to.equal(200);
    for (const reference of references) {
      expect(reference).to.match(/^BZW-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
      expect(isReference(reference)).to.equal(true);
    }
  });

  it('digests the RFC 8785 canonical form, so key order does not matter', async () => {
    const a = await envelopeDigest({
      formId: 'f',
      formVersion: '1.0.0',
      locale: 'nl',
      values: { b: '1', a: '2' },
      declarations: {},
      attachments: [],
    });
    const b = await envelopeDigest({
      attachments: [],
      declarations: {},
      values: { a: '2', b: '1' },
      locale: 'nl',
      formVersion: '1.0.0',
      formId: 'f',
    });
    expect(a).to.equal(b);
    expect(a).to.match(/^[0-9a-f]{64}$/);
  });
});

describe('formatting for people', () => {
  it('shows times in Europe/Amsterdam whatever the browser zone', () => {
    expect(formatDateTime('2026-04-27T22:30:00Z', 'nl')).to.equal('28 april 2026 om 00:30');
    expect(formatDateTime('2026-04-27T22:30:00Z', 'en')).to.equal('28 April 2026 at 00:30');
    expect(formatDateTime('2026-01-15T12:00:00+01:00', 'nl')).to.equal('15 januari 2026 om 12:00');
  });

  it('cites a legal basis as lawyers do', () => {
    const basis = { law: 'Awb', article: '6:5', paragraph: '1', point: 'a' };
    expect(formatCitation(basis, 'nl')).to.equal('artikel 6:5 lid 1 onder a Awb');
    expect(formatCitation(basis, 'en')).to.equal('article 6:5(1)(a) Awb');
  });

  it('gives file sizes in bytes, kB and MB', () => {
    expect(formatBytes(850, 'nl')).to.equal('850 bytes');
    expect(formatBytes(10 * 1024 * 1024, 'nl')).to.equal('10 MB');
    expect(formatBytes(2.5 * 1024 * 1024, 'nl')).to.equal('2,5 MB');
  });
});

describe('i18n resources', () => {
  const keys = (value: object, prefix = ''): string[] =>
    Object.entries(value).flatMap(([key, child]) =>
      typeof child === 'object' && child !== null ? keys(child, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  it('has English for every Dutch string', () => {
    expect(keys(en).sort()).to.deep.equal(keys(nl).sort());
  });

  it('does not HTML-escape (Lit escapes once when rendering)', () => {
    expect(getTranslator('nl')('validation.required', { label: 'Naam & <adres>' })).to.equal('Vul een antwoord in bij "Naam & <adres>".');
  });

  it('falls back to Dutch for a locale it does not have', () => {
    expect(getTranslator('fy')('form.next')).to.equal('Volgende stap');
  });
});
