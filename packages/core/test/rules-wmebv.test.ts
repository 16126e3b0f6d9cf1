import { expect } from '@open-wc/testing';
import { checkDefinition, getTranslator, isAutofillValue } from '@wmebv/core';
import { cleanDefinition } from './fixtures/rule-cases.js';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

const basis = { law: 'Awb', article: '6:5', url: 'https://wetten.overheid.nl/BWBR0005537' };
const fields = (definition: Record<string, any>): any[] => definition['steps'][0].fields;
const ids = (definition: Record<string, any>): string[] => checkDefinition(definition).findings.map((finding) => finding.ruleId);
const nl = getTranslator('nl');
const en = getTranslator('en');

describe('rules the Wmebv asks for (issue 14 item 10)', () => {
  it('Awb 2:7 lid 2, 2:8: a mandatory consent field is an error citing both articles; an optional one is fine', () => {
    const definition = cleanDefinition();
    fields(definition).push(
      { id: 'email', type: 'email', label: { nl: 'E-mail', en: 'E-mail' } },
      { id: 'toestemming', type: 'consent', addressField: 'email', label: { nl: 'Antwoord per e-mail', en: 'Answer by e-mail' }, required: true },
    );
    const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'mandatory-consent')!;
    expect(finding.severity).to.equal('error');
    expect(finding.article).to.equal('Awb 2:7 lid 2, 2:8');
    expect(nl(finding.messageKey, finding.params)).to.include('Awb 2:7 lid 2').and.include('Awb 2:8').and.include('uitdrukkelijk');
    delete fields(definition)[4].required;
    expect(ids(definition)).to.not.include('mandatory-consent');
  });

  describe('UAVG art. 46: a field that asks for a BSN without the bsn type', () => {
    const cases: Array<[string, Record<string, unknown>]> = [
      ['label "BSN"', { label: { nl: 'Uw BSN', en: 'Your BSN' } }],
      ['Dutch label "burgerservicenummer"', { label: { nl: 'Burgerservicenummer', en: 'Number' } }],
      ['English label only', { label: { nl: 'Nummer', en: 'Citizen service number' } }],
      ['old name "sofinummer" in the hint', { label: 'Nummer', hint: 'Uw sofinummer' }],
      ['id "bsnAanvrager"', { id: 'bsnAanvrager', label: 'Nummer' }],
      ['id "partner_bsn"', { id: 'partner_bsn', label: 'Nummer' }],
    ];
    for (const [name, change] of cases) {
      it(`UAVG art. 46: warns for ${name}, pointing at the bsn type`, () => {
        const definition = cleanDefinition();
        fields(definition).push({ id: 'nummer', type: 'text', ...change });
        const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'bsn-without-bsn-type');
        expect(finding, name).to.exist;
        expect(finding!.severity).to.equal('warning');
        expect(nl(finding!.messageKey, finding!.params)).to.include('"bsn"').and.include('bsn-without-legal-basis');
      });
    }
    const innocent: Array<[string, Record<string, unknown>]> = [
      ['a nine-digit pattern alone', { label: 'Zaaknummer', pattern: '^\\d{9}$' }],
      ['a word that merely contains the letters', { id: 'absnt', label: 'Tabsnummer' }],
      ['words that start like one', { label: 'Burgerschap', hint: 'Sofinanciering, citizenship' }],
    ];
    for (const [name, change] of innocent) {
      it(`UAVG art. 46: does not warn for ${name}`, () => {
        const definition = cleanDefinition();
        fields(definition).push({ id: 'nummer', type: 'text', ...change });
        expect(ids(definition)).to.not.include('bsn-without-bsn-type');
      });
    }
  });

  it('WCAG 2.2 SC 1.3.5: an autocomplete value that is not an HTML autofill token is its own warning', () => {
    expect(
      ['name', 'postal-code', 'section-a shipping street-address', 'work email', 'mobile tel', 'off', 'bday-day', 'email webauthn'].filter(
        (value) => !isAutofillValue(value),
      ),
    ).to.deep.equal([]);
    expect(['postcode', 'naam', 'mobile name', 'email work', 'section- email', ''].filter((value) => isAutofillValue(value))).to.deep.equal([]);
    const definition = cleanDefinition();
    fields(definition)[2].fields[0].autocomplete = 'postcode';
    const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'invalid-autocomplete')!;
    expect(finding.severity).to.equal('warning');
    expect(en(finding.messageKey, finding.params)).to.include('"postcode"').and.include('postal-code');
  });

  describe('Awb 4:4 lid 2: legalBasis.article of a mandatory field is an article reference', () => {
    for (const article of ['2:10', '4.2', '6', '6:5a', '3a', '1.1.3']) {
      it(`Awb 4:4 lid 2: accepts "${article}" (the law may be a bylaw or EU law)`, () => {
        const definition = cleanDefinition();
        fields(definition)[0].legalBasis = { ...basis, law: 'Algemene plaatselijke verordening Voorbeeld 2024', article };
        expect(ids(definition)).to.deep.equal([]);
      });
    }
    for (const article of ['zie website', 'AVG', 'art 6 lid 1 sub c', '-']) {
      it(`Awb 4:4 lid 2: refuses "${article}"`, () => {
        const definition = cleanDefinition();
        fields(definition)[0].legalBasis = { ...basis, article };
        const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'legal-basis-article')!;
        expect(finding.severity).to.equal('error');
        expect(finding.pointer).to.equal('/steps/0/fields/0/legalBasis/article');
      });
    }
    it('Awb 4:4 lid 2: does not judge the article of an optional field', () => {
      const definition = cleanDefinition();
      fields(definition)[1].legalBasis = { ...basis, article: 'zie website' };
      expect(ids(definition)).to.not.include('legal-basis-article');
    });
  });

  describe('missing-grounds-field cites the article of the message type', () => {
    const withoutTextarea = (messageType: string): Record<string, any> => {
      const definition = cleanDefinition();
      definition['messageType'] = messageType;
      fields(definition)[0] = { id: 'gronden', type: 'text', label: { nl: 'Waarom?', en: 'Why?' } };
      return definition;
    };
    it('Awb 6:5 lid 1 onder d: an objection needs a free-text field for its grounds, which need not be mandatory (6:6)', () => {
      const finding = checkDefinition(withoutTextarea('bezwaar')).findings.find((candidate) => candidate.ruleId === 'missing-grounds-field')!;
      expect(finding.article).to.equal('Awb 6:5 lid 1 onder d');
      const message = nl(finding.messageKey, finding.params);
      expect(message).to.include('bezwaar').and.include('gronden').and.include('Awb 6:6');
      const optional = cleanDefinition();
      fields(optional)[0] = { id: 'gronden', type: 'textarea', label: { nl: 'Waarom?', en: 'Why?' } };
      expect(ids(optional), 'an optional grounds field is lawful (pro forma objection)').to.not.include('missing-grounds-field');
    });
    it('Awb 9:4 lid 2: a complaint needs a description of the conduct, not grounds', () => {
      const finding = checkDefinition(withoutTextarea('klacht')).findings.find((candidate) => candidate.ruleId === 'missing-grounds-field')!;
      expect(finding.article).to.equal('Awb 9:4 lid 2 onder d');
      const message = nl(finding.messageKey, finding.params);
      expect(message).to.include('klacht').and.include('gedraging');
      expect(message).to.not.include('6:5');
      expect(en(finding.messageKey, finding.params)).to.include('conduct complained about');
    });
    it('Awb 4:8: a view (zienswijze) names its type', () => {
      const finding = checkDefinition(withoutTextarea('zienswijze')).findings.find((candidate) => candidate.ruleId === 'missing-grounds-field')!;
      expect(nl(finding.messageKey, finding.params)).to.include('zienswijze');
    });
  });

  it('Awb 2:13: missing-designation speaks of the right to send through the designated channels, not of "mag alleen"', () => {
    const definition = cleanDefinition();
    delete definition['organisation'].designationDecision;
    const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'missing-designation')!;
    const message = nl(finding.messageKey, finding.params);
    expect(message).to.include('het recht').and.include('aangewezen');
    expect(message).to.not.include('mag alleen');
    expect(en(finding.messageKey, finding.params)).to.include('have the right').and.not.include('may only');
  });
});
