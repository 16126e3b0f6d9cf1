import { expect } from '@open-wc/testing';
import { checkDefinition, getTranslator, lintDefinition, lintErrors, parseDefinition, sortFindings, type Finding } from '@wmebv/core';
import { cleanDefinition, ruleCases } from './fixtures/rule-cases.js';
import { provideAllMessages } from '@wmebv/core/messages';

// Every message of every locale, as Node has them (browsers fetch English with loadMessages).
provideAllMessages();

describe('the linter reports everything at once (Awb 4:4 lid 2)', () => {
  it('Awb 4:4 lid 2: an incomplete legalBasis does not hide a mandatory field without any basis elsewhere', () => {
    const definition = cleanDefinition();
    const fields = definition['steps'][0].fields;
    fields[0].legalBasis = { law: 'Awb' }; // structural: article and url missing
    fields.push({ id: 'telefoon', type: 'tel', label: { nl: 'Telefoon', en: 'Phone' }, required: true });
    const { ok, findings } = checkDefinition(definition);
    expect(ok).to.equal(false);
    const summary = findings.map(({ ruleId, pointer }) => `${pointer} ${ruleId}`);
    expect(summary).to.include('/steps/0/fields/0/legalBasis/article legal-basis-incomplete');
    expect(summary).to.include(`/steps/0/fields/${fields.length - 1}/required required-without-legal-basis`);
  });

  it('Awb 4:4 lid 2: parse and rule findings come together, sorted by their place in the document', () => {
    const definition = cleanDefinition();
    definition['steps'][0].fields.unshift({ id: 'naam', type: 'text', label: 'Naam', required: true });
    definition['steps'][0].fields.push({ id: 'leeg', type: 'text', label: 'Leeg', minLength: 'drie' });
    delete definition['organisation'].support; // a warning near the top
    const text = JSON.stringify(definition, null, 2);
    const findings = checkDefinition(text).findings;
    const order = findings.map((finding) => text.indexOf(`"${finding.pointer.split('/').filter(Boolean).at(-1) ?? ''}"`));
    expect(findings.map((finding) => finding.ruleId)).to.deep.equal(['missing-support', 'required-without-legal-basis', 'schema']);
    expect(order, 'ascending positions').to.deep.equal([...order].sort((a, b) => a - b));
  });

  it('findings sort in document order: a missing property at the object that lacks it, escaped keys, ties kept in order', () => {
    const document = { title: 'T', 'a/b': { '~x': 1, y: [10, 20] }, steps: [{ id: 's', fields: [{ id: 'f' }, { id: 'g' }] }], z: null };
    const at = (pointer: string, ruleId = 'r'): Finding => ({ ruleId, severity: 'warning', pointer, messageKey: 'findings.internal', params: {} });
    const findings = [
      at('/z'),
      at('/steps/0/fields/1/required', 'first'),
      at('/steps/0/fields/1'),
      at('/steps/0/fields/1/required', 'second'),
      at('/steps/0/fields/0/label/nl'),
      at('/a~1b/y/1'),
      at('/a~1b/~0x'),
      at('/a~1b/y/01'),
      at('/steps/0/fields/7'),
      at(''),
      at('/title'),
    ];
    const sorted = sortFindings(findings, document).map(({ pointer, ruleId }) => (ruleId === 'r' ? pointer : `${pointer} ${ruleId}`));
    expect(sorted).to.deep.equal([
      '',
      '/title',
      '/a~1b/~0x',
      '/a~1b/y/01', // no such index: at its array, before the elements
      '/a~1b/y/1',
      '/steps/0/fields/7', // no such field: at the list of fields
      '/steps/0/fields/0/label/nl', // no label: at its field
      '/steps/0/fields/1/required first',
      '/steps/0/fields/1',
      '/steps/0/fields/1/required second',
      '/z',
    ]);
  });

  it('Awb 4:4 lid 2: rules do not judge the stand-ins for parts that did not parse', () => {
    const definition = cleanDefinition();
    delete definition['messageType'];
    definition['steps'][0].fields.push({ id: 'kapot', type: 'onbekend', label: 'Kapot', required: true });
    const findings = checkDefinition(definition).findings;
    expect(findings.map((finding) => finding.ruleId)).to.deep.equal(['schema', 'schema']);
  });
});

describe('structural errors name the property, the expected values and the place', () => {
  const t = getTranslator('nl');
  const en = getTranslator('en');
  it('Awb 2:13 (the kind of message decides the rules): a missing messageType names the property and the message types, in Dutch without English inside', () => {
    const definition = cleanDefinition();
    delete definition['messageType'];
    const finding = checkDefinition(definition).findings.find((candidate) => candidate.pointer === '/messageType')!;
    const message = t(finding.messageKey, finding.params);
    expect(message).to.include('"messageType" ontbreekt').and.include('bezwaar, klacht');
    expect(message).to.not.include('Invalid input');
    expect(en(finding.messageKey, finding.params)).to.include('"messageType" is missing');
  });

  it('WCAG 2.2 SC 2.4.6: a step without title names "title", the step that lacks it, and what a title looks like', () => {
    const definition = cleanDefinition();
    delete definition['steps'][0].title;
    const finding = checkDefinition(definition).findings.find((candidate) => candidate.ruleId === 'schema')!;
    expect(finding.pointer).to.equal('/steps/0/title');
    const message = t(finding.messageKey, finding.params);
    expect(message).to.equal(
      '"title" ontbreekt in /steps/0, maar is nodig. Verwacht: een tekst, of een tekst per taal zoals { "nl": "…", "en": "…" }.',
    );
  });

  it('a wrong value or type says what was found and what is expected', () => {
    const definition = cleanDefinition();
    definition['messageType'] = 'bezwaarschrift';
    definition['steps'][0].fields[0].rows = 'vier';
    const findings = checkDefinition(definition).findings.filter((finding) => finding.ruleId === 'schema');
    const messages = findings.map((finding) => t(finding.messageKey, finding.params));
    expect(messages[0]).to.equal(
      '"messageType" in / is "bezwaarschrift". Kies een van: aanvraag, aanvulling, bezwaar, klacht, melding, zienswijze, ingebrekestelling, overig.',
    );
    expect(messages[1]).to.equal('"rows" in /steps/0/fields/0 moet een getal zijn, maar is een tekst.');
    for (const message of messages) expect(message).to.not.match(/Invalid|Expected/);
  });

  it('a version in the wrong form is explained', () => {
    const definition = { ...cleanDefinition(), version: '1.0' };
    const finding = checkDefinition(definition).findings[0]!;
    expect(t(finding.messageKey, finding.params)).to.include('"1.0" is geen geldige versie').and.include('1.0.0');
  });

  it('Awb 4:4 lid 2: findings read in English quote the English label (wmebv lint --locale en)', () => {
    const definition = cleanDefinition();
    definition['steps'][0].fields.push({ id: 'telefoon', type: 'tel', label: { nl: 'Telefoonnummer', en: 'Phone number' }, required: true });
    const quoted = (locale?: string) =>
      checkDefinition(definition, locale ? { locale } : {}).findings.find((finding) => finding.ruleId === 'required-without-legal-basis')?.params[
        'label'
      ];
    expect(quoted('en')).to.equal('Phone number');
    expect(quoted(), 'Dutch by default').to.equal('Telefoonnummer');
    const finding = checkDefinition(definition, { locale: 'en' }).findings.find((f) => f.ruleId === 'required-without-legal-basis')!;
    expect(getTranslator('en')(finding.messageKey, finding.params)).to.contain('"Phone number" (telefoon)');
  });

  it('lintErrors gives exactly the error findings of lintDefinition, for every rule (what wmebv-form decides usability on)', () => {
    for (const { rule, definition } of ruleCases) {
      const parsed = parseDefinition(definition);
      if (!parsed.ok) continue; // a structural case: the parser refuses it before any rule
      const errors = lintDefinition(parsed.definition).filter((finding) => finding.severity === 'error');
      expect(lintErrors(parsed.definition), rule).to.deep.equal(errors);
    }
    const clean = parseDefinition(cleanDefinition());
    expect(clean.ok && lintErrors(clean.definition)).to.deep.equal([]);
  });
});
