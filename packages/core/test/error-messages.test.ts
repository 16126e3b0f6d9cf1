import { expect } from '@open-wc/testing';
import { describeValidationError, parseDefinition, validateSubmission, validateValues, type FormDefinition } from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';
import { cleanDefinition } from './fixtures/rule-cases.js';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const basis = { law: 'Awb', article: '6:5', paragraph: '1', point: 'a', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5' };

/** The clean fixture with extra questions and a declaration, each with (or without) its own messages. */
function form(): FormDefinition {
  const definition = cleanDefinition();
  definition['steps'][0].fields.push(
    {
      id: 'naam',
      type: 'text',
      label: { nl: 'Naam', en: 'Name' },
      required: true,
      legalBasis: basis,
      maxLength: 5,
      errorMessages: {
        required: { nl: 'Vul uw naam in.', en: 'Enter your name.' },
        maxLength: {
          nl: 'Uw naam mag maximaal {{max}} tekens hebben, het zijn er {{length}}.',
          en: 'Your name must be {{max}} characters or fewer.',
        },
      },
    },
    {
      id: 'geboren',
      type: 'date',
      label: { nl: 'Geboortedatum', en: 'Date of birth' },
      maxDate: 'today',
      errorMessages: { date: 'Vul uw geboortedatum in, bijvoorbeeld 27 3 1985.' },
    },
    { id: 'datum', type: 'date', label: { nl: 'Datum', en: 'Date' } },
  );
  definition['declarations'] = [
    {
      id: 'waarheid',
      label: { nl: 'Ik heb alles naar waarheid ingevuld.', en: 'I filled in everything truthfully.' },
      required: true,
      legalBasis: basis,
      errorMessages: {
        required: { nl: 'Vink aan dat u alles naar waarheid hebt ingevuld.', en: 'Tick the box to confirm you filled in everything truthfully.' },
      },
    },
  ];
  const parsed = parseDefinition(definition);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.definition;
}

describe('errorMessages: a question says in its own words what to do (WCAG 2.2 SC 3.3.1, 3.3.3)', () => {
  const definition = form();
  const message = (values: Record<string, unknown>, id: string, locale: string): string => {
    const error = validateValues(definition, { gronden: 'x', ...values }, []).errors.find((candidate) => candidate.field === id)!;
    return describeValidationError(definition, error, locale);
  };

  it('replaces the default for an empty required answer, in the locale of the form', () => {
    expect(message({}, 'naam', 'nl')).to.equal('Vul uw naam in.');
    expect(message({}, 'naam', 'en')).to.equal('Enter your name.');
  });

  it('fills in the parameters of the default ({{max}}, {{length}}) per kind of error', () => {
    expect(message({ naam: 'Jan Jansen' }, 'naam', 'nl')).to.equal('Uw naam mag maximaal 5 tekens hebben, het zijn er 10.');
    expect(message({ naam: 'Jan Jansen' }, 'naam', 'en')).to.equal('Your name must be 5 characters or fewer.');
  });

  it('takes one string for every language, and falls back to the default for kinds of error it does not name', () => {
    expect(message({ geboren: '1985-02-30' }, 'geboren', 'en')).to.equal('Vul uw geboortedatum in, bijvoorbeeld 27 3 1985.');
    expect(message({ geboren: '2999-01-01' }, 'geboren', 'nl')).to.match(/^De datum bij "Geboortedatum" moet op of voor .+ liggen\.$/);
  });

  it('gives the default date message no example that would not fit the question (no "15 3 2026" under a date of birth)', () => {
    expect(message({ datum: '2026-02-30' }, 'datum', 'nl')).to.equal('Vul bij "Datum" een datum in die bestaat: dag, maand en jaar in cijfers.');
    expect(message({ datum: '2026-02-30' }, 'datum', 'en')).to.equal('Enter a real date for "Date": day, month and year as numbers.');
  });

  it("words a declaration's own message, also in the server's check of a whole submission", () => {
    const { errors } = validateSubmission(definition, {
      formId: definition.id,
      formVersion: definition.version,
      locale: 'en',
      values: { gronden: 'x', naam: 'Jan' },
      declarations: {},
      attachments: [],
    });
    expect(errors.map((error) => describeValidationError(definition, error, 'en'))).to.deep.equal([
      'Tick the box to confirm you filled in everything truthfully.',
    ]);
  });
});
