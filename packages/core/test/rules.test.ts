import { expect } from '@open-wc/testing';
import { allRules, checkDefinition, rules } from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';
import { cleanDefinition, ruleCases } from './fixtures/rule-cases.js';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

describe('the rules (wmebv lint)', () => {
  it('find nothing in the objection example or the clean fixture', () => {
    expect(checkDefinition(objection).findings).to.deep.equal([]);
    expect(checkDefinition(cleanDefinition()).findings).to.deep.equal([]);
  });

  for (const ruleCase of ruleCases) {
    it(`report ${ruleCase.rule} for ${ruleCase.problem}, and nothing else`, () => {
      const findings = checkDefinition(ruleCase.definition).findings;
      expect(findings.map(({ ruleId, severity, pointer }) => ({ ruleId, severity, pointer }))).to.deep.equal([
        { ruleId: ruleCase.rule, severity: ruleCase.severity, pointer: ruleCase.pointer },
      ]);
      expect(findings[0]!.article, 'every finding names what it enforces').to.be.a('string').and.not.equal('');
    });
  }

  it('have a test case for every rule', () => {
    const tested = new Set(ruleCases.map((ruleCase) => ruleCase.rule));
    expect(allRules.map((rule) => rule.id).filter((id) => !tested.has(id))).to.deep.equal([]);
  });

  it('each have a unique id, a severity, an article and a message in Dutch and English', async () => {
    const { nl, en } = await import('@wmebv/core/messages');
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).to.equal(ids.length);
    for (const rule of allRules) {
      const key = rule.messageKey.replace(/^findings\./, '') as keyof typeof nl.findings;
      expect(nl.findings[key], rule.id).to.be.a('string');
      expect(en.findings[key], rule.id).to.be.a('string');
      expect(rule.article).to.not.equal('');
    }
  });

  it('explain both ways out of a mandatory field without a legal basis, in plain words', async () => {
    const { getTranslator } = await import('@wmebv/core');
    const finding = checkDefinition(ruleCases[0]!.definition).findings[0]!;
    const nl = getTranslator('nl')(finding.messageKey, finding.params);
    expect(nl).to.contain('Postcode').and.contain('legalBasis').and.contain('niet verplicht').and.contain('Awb 4:4 lid 2');
    const en = getTranslator('en')(finding.messageKey, finding.params);
    expect(en).to.contain('make the field optional');
  });

  it('accept an optional BSN field that has a legal basis', () => {
    const definition = cleanDefinition();
    definition['steps'][0].fields.push({
      id: 'bsn',
      type: 'bsn',
      label: 'BSN',
      legalBasis: { law: 'Wet BRP', article: '3.3', url: 'https://wetten.overheid.nl/BWBR0033715' },
    });
    expect(checkDefinition(definition).findings).to.deep.equal([]);
  });

  it('do not ask for a designation decision on a form of type overig', () => {
    const definition = cleanDefinition();
    definition['messageType'] = 'overig';
    delete definition['organisation'].designationDecision;
    expect(checkDefinition(definition).findings).to.deep.equal([]);
  });

  it('report a condition that can never hold only when every part of an "any" is impossible', () => {
    const definition = cleanDefinition();
    definition['steps'][0].fields[2].visibleWhen = {
      any: [
        { field: 'woonland', equals: 'NL' },
        { field: 'woonland', equals: 'nl' },
      ],
    };
    expect(checkDefinition(definition).findings).to.deep.equal([]);
    definition['steps'][0].fields[2].visibleWhen = {
      any: [
        { field: 'woonland', equals: 'NL' },
        { field: 'woonland', in: ['x', 'y'] },
      ],
    };
    expect(checkDefinition(definition).findings.map((finding) => finding.pointer)).to.deep.equal([
      '/steps/0/fields/2/visibleWhen/any/0/equals',
      '/steps/0/fields/2/visibleWhen/any/1/in',
    ]);
  });

  it('report a consent whose address field is not an earlier e-mail field', () => {
    const definition = cleanDefinition();
    definition['steps'][0].fields.push({ id: 'toestemming', type: 'consent', label: 'Antwoord per e-mail', addressField: 'email' });
    expect(checkDefinition(definition).findings.map((finding) => finding.ruleId)).to.deep.equal(['unknown-field-reference']);
    definition['steps'][0].fields.splice(3, 0, { id: 'email', type: 'email', label: 'E-mail' });
    expect(checkDefinition(definition).findings).to.deep.equal([]);
  });
});
