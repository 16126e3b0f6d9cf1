import { expect } from '@open-wc/testing';
import {
  isEmail,
  isIsoDate,
  isPhoneNumber,
  normalisePostcode,
  parseDefinition,
  textLength,
  validateSubmission,
  validateValues,
  describeValidationError,
  type Envelope,
  type FormDefinition,
} from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const definition: FormDefinition = parsed.definition;

/** The definition with every question's and declaration's own messages taken out: the defaults show. */
function withoutErrorMessages(form: FormDefinition): FormDefinition {
  return JSON.parse(JSON.stringify(form, (key, value: unknown) => (key === 'errorMessages' ? undefined : value))) as FormDefinition;
}

const dutchAnswers = {
  omschrijvingBesluit: 'Weigering dakkapel',
  gronden: 'De dakkapel past in de straat.',
  naam: 'Jan Jansen',
  woonland: 'nl',
  straatHuisnummer: 'Dorpsstraat 1',
  postcode: '1234ab',
  woonplaats: 'Voorbeeld',
};

function envelope(values: Record<string, unknown>, extra: Partial<Envelope> = {}): Envelope {
  return {
    formId: 'bezwaarschrift',
    formVersion: '1.0.0',
    locale: 'nl',
    values: values as Envelope['values'],
    declarations: { verklaring: '2026-04-27T22:30:00.000Z' },
    attachments: [],
    ...extra,
  };
}

describe('Dutch validators', () => {
  it('normalises postcodes to "1234 AB" and refuses SA, SD and SS in any case', () => {
    expect(normalisePostcode('1234ab')).to.equal('1234 AB');
    expect(normalisePostcode(' 1234 Ab ')).to.equal('1234 AB');
    expect(normalisePostcode('0123 AB')).to.equal(undefined);
    expect(normalisePostcode('1234 sa')).to.equal(undefined);
    expect(normalisePostcode('1234SD')).to.equal(undefined);
    expect(normalisePostcode('1234 Ss')).to.equal(undefined);
    expect(normalisePostcode('12345 AB')).to.equal(undefined);
  });

  it('knows real dates, leap years included', () => {
    expect(isIsoDate('2026-04-30')).to.equal(true);
    expect(isIsoDate('2026-04-31')).to.equal(false);
    expect(isIsoDate('2024-02-29')).to.equal(true);
    expect(isIsoDate('2025-02-29')).to.equal(false);
    expect(isIsoDate('26-04-01')).to.equal(false);
    expect(isIsoDate('2026-4-1')).to.equal(false);
  });

  it('checks e-mail addresses and phone numbers pragmatically', () => {
    expect(isEmail('jan@voorbeeld.nl')).to.equal(true);
    expect(isEmail('jan@voorbeeld')).to.equal(false);
    expect(isPhoneNumber('14 0999')).to.equal(true);
    expect(isPhoneNumber('+32 2 123 45 67')).to.equal(true);
    expect(isPhoneNumber('bel me')).to.equal(false);
  });

  it('counts line breaks as one character, as the server does', () => {
    expect(textLength('a\r\nb')).to.equal(3);
    expect(textLength('a\nb')).to.equal(3);
    expect(textLength('😀')).to.equal(1);
  });
});

describe('validateValues', () => {
  it('reports every missing required answer at once, in form order', () => {
    const { errors } = validateValues(definition, { woonland: 'nl' }, []);
    expect(errors.map((error) => error.field)).to.deep.equal([
      'omschrijvingBesluit',
      'gronden',
      'naam',
      'straatHuisnummer',
      'postcode',
      'woonplaats',
    ]);
    expect(errors.every((error) => error.rule === 'required')).to.equal(true);
  });

  it('treats whitespace as empty and keeps optional empty fields out of the answers', () => {
    const { errors, values } = validateValues(definition, { ...dutchAnswers, naam: '   ', kenmerkBesluit: '' }, []);
    expect(errors.map((error) => error.field)).to.deep.equal(['naam']);
    expect(values).to.not.have.property('kenmerkBesluit');
  });

  it('applies constraints only to answered fields (an empty optional field passes)', () => {
    const { errors } = validateValues(definition, { ...dutchAnswers, email: '', telefoon: '', datumBesluit: '' }, []);
    expect(errors).to.deep.equal([]);
  });

  it('rejects an impossible date and a bad postcode, keeping what was typed', () => {
    const { errors, values } = validateValues(definition, { ...dutchAnswers, datumBesluit: '2026-04-31', postcode: '1234 SA' }, []);
    expect(errors.map((error) => [error.field, error.rule])).to.deep.equal([
      ['datumBesluit', 'date'],
      ['postcode', 'postcode'],
    ]);
    expect(values['datumBesluit']).to.equal('2026-04-31');
    expect(values['postcode']).to.equal('1234 SA');
  });

  it('drops answers of hidden fields without validating them', () => {
    const { errors, values } = validateValues(definition, { ...dutchAnswers, woonland: 'buitenland', buitenlandsAdres: 'Rue 1, Brussel' }, []);
    expect(errors).to.deep.equal([]);
    expect(values).to.not.have.any.keys('straatHuisnummer', 'postcode', 'woonplaats');
    expect(values['buitenlandsAdres']).to.equal('Rue 1, Brussel');
  });

  it('checks files against accept, size and number', () => {
    const file = {
      id: 'f1',
      field: 'afschriftBesluit',
      name: 'besluit.exe',
      size: 20_000_000,
      type: 'application/x-msdownload',
      sha256: 'a'.repeat(64),
    };
    const { errors } = validateValues(definition, { ...dutchAnswers, afschriftBesluit: ['f1'] }, [file]);
    expect(errors.map((error) => error.rule)).to.deep.equal(['fileType']);
    const big = { ...file, name: 'besluit.pdf', type: 'application/pdf' };
    expect(validateValues(definition, { ...dutchAnswers, afschriftBesluit: ['f1'] }, [big]).errors.map((e) => e.rule)).to.deep.equal(['fileSize']);
    const two = [big, { ...big, id: 'f2' }].map((attachment) => ({ ...attachment, size: 10 }));
    expect(validateValues(definition, { ...dutchAnswers, afschriftBesluit: ['f1', 'f2'] }, two).errors.map((e) => e.rule)).to.deep.equal([
      'maxFiles',
    ]);
  });

  it('words errors with the label, the same in every place they are shown (the default, without errorMessages)', () => {
    const { errors } = validateValues(definition, { ...dutchAnswers, postcode: '1234 SA' }, []);
    const plain = withoutErrorMessages(definition);
    expect(describeValidationError(plain, errors[0]!, 'nl')).to.equal('Vul een Nederlandse postcode in bij "Postcode", bijvoorbeeld 1234 AB.');
    expect(describeValidationError(plain, errors[0]!, 'en')).to.equal('Enter a Dutch postcode for "Postcode", like 1234 AB.');
  });

  it("uses the demo's own message for the question instead (WCAG 2.2 SC 3.3.3)", () => {
    const { errors } = validateValues(definition, { ...dutchAnswers, postcode: '1234 SA' }, []);
    expect(describeValidationError(definition, errors[0]!, 'nl')).to.equal('Vul een Nederlandse postcode in, zoals 1234 AB.');
    expect(describeValidationError(definition, errors[0]!, 'en')).to.equal('Enter a Dutch postcode, like 1234 AB.');
  });
});

describe('validateSubmission', () => {
  it('accepts a complete objection and normalises it', () => {
    const result = validateSubmission(definition, envelope(dutchAnswers));
    expect(result.errors).to.deep.equal([]);
    expect(result.envelope.values['postcode']).to.equal('1234 AB');
  });

  it('refuses answers to questions that do not exist or were not asked', () => {
    const result = validateSubmission(definition, envelope({ ...dutchAnswers, bsn: '123', buitenlandsAdres: 'x' }));
    expect(result.errors.map((error) => [error.field, error.rule])).to.deep.equal([
      ['bsn', 'unknownField'],
      ['buitenlandsAdres', 'hiddenField'],
    ]);
    expect(result.envelope.values).to.not.have.any.keys('bsn', 'buitenlandsAdres');
  });

  it('requires the declaration to be agreed', () => {
    const result = validateSubmission(definition, envelope(dutchAnswers, { declarations: {} }));
    expect(result.errors).to.deep.equal([
      { field: 'verklaring', target: 'declaration', rule: 'required', params: {}, messageKey: 'validation.requiredDeclaration' },
    ]);
  });

  it('refuses files no answer refers to', () => {
    const stray = { id: 'x1', field: 'bijlagen', name: 'a.pdf', size: 1, type: 'application/pdf', sha256: 'b'.repeat(64) };
    const result = validateSubmission(definition, envelope(dutchAnswers, { attachments: [stray] }));
    expect(result.errors.map((error) => error.rule)).to.deep.equal(['attachment']);
  });
});
