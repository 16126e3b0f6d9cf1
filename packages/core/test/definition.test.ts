import { expect } from '@open-wc/testing';
import { FIELD_TYPES, checkDefinition, lintDefinition, parseDefinition, visibleFieldIds, type FormDefinition } from '@wmebv/core';
import { objection } from '../../../test/fixtures/objection.js';

function withFields(fields: unknown[], extra: Record<string, unknown> = {}): unknown {
  // `overig`: these fields have no free-text field, which a bezwaar form must have (missing-grounds-field).
  return { ...objection, messageType: 'overig', deadline: undefined, steps: [{ id: 'stap', title: 'Stap', fields }], declarations: [], ...extra };
}

describe('parseDefinition', () => {
  it('accepts the objection form as it is', () => {
    const result = checkDefinition(objection);
    expect(result.ok).to.equal(true);
    expect(result.findings).to.deep.equal([]);
  });

  it('reads JSON text and reports a syntax error instead of throwing', () => {
    const result = parseDefinition('{"id": "x",');
    expect(result.ok).to.equal(false);
    expect(result.findings[0]).to.include({ ruleId: 'json-syntax', pointer: '', severity: 'error' });
  });

  it('rejects an array or a string as a whole definition', () => {
    expect(parseDefinition([]).findings[0]?.messageKey).to.equal('findings.notAnObject');
    expect(parseDefinition('"bezwaar"').findings[0]?.messageKey).to.equal('findings.notAnObject');
  });

  it('names an unknown field type with its JSON pointer', () => {
    const result = parseDefinition(withFields([{ id: 'a', type: 'slider', label: 'A' }]));
    expect(result.ok).to.equal(false);
    expect(result.findings).to.deep.include({
      ruleId: 'schema',
      severity: 'error',
      pointer: '/steps/0/fields/0/type',
      messageKey: 'findings.unknownFieldType',
      params: { type: 'slider', known: FIELD_TYPES.join(', ') },
    });
  });

  it('lists every structural problem at once', () => {
    const result = parseDefinition(
      withFields([
        { id: 'a', type: 'text' },
        { id: '1b', type: 'radio', label: 'B', options: [] },
      ]),
    );
    const pointers = result.findings.map((finding) => finding.pointer);
    expect(pointers).to.include.members(['/steps/0/fields/0/label', '/steps/0/fields/1/id', '/steps/0/fields/1/options']);
  });
});

describe('lintDefinition', () => {
  const parse = (input: unknown): FormDefinition => {
    const result = parseDefinition(input);
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    return result.definition;
  };

  it('does not let a field be mandatory without a legal basis (Awb 4:4 lid 2)', () => {
    const findings = lintDefinition(parse(withFields([{ id: 'naam', type: 'text', label: 'Naam', required: true }])));
    expect(findings).to.deep.equal([
      {
        ruleId: 'required-without-legal-basis',
        severity: 'error',
        pointer: '/steps/0/fields/0/required',
        messageKey: 'findings.requiredWithoutLegalBasis',
        params: { id: 'naam', label: 'Naam' },
        article: 'Awb 4:4 lid 2',
      },
    ]);
  });

  it('does not let a declaration be mandatory without a legal basis either', () => {
    const definition = parse(
      withFields([{ id: 'naam', type: 'text', label: 'Naam' }], { declarations: [{ id: 'ik', label: 'Ik verklaar', required: true }] }),
    );
    expect(lintDefinition(definition).map((finding) => finding.pointer)).to.deep.equal(['/declarations/0/required']);
  });

  it('finds a duplicate id at its second use', () => {
    const definition = parse(
      withFields([
        { id: 'a', type: 'text', label: 'A' },
        { id: 'a', type: 'email', label: 'B' },
      ]),
    );
    expect(lintDefinition(definition)).to.have.length(1);
    expect(lintDefinition(definition)[0]).to.include({ ruleId: 'duplicate-id', pointer: '/steps/0/fields/1/id' });
  });

  it('finds a condition on a field that does not exist', () => {
    const definition = parse(withFields([{ id: 'a', type: 'text', label: 'A', visibleWhen: { field: 'nope', equals: 'x' } }]));
    expect(lintDefinition(definition)[0]).to.include({ ruleId: 'unknown-field-reference', pointer: '/steps/0/fields/0/visibleWhen/field' });
  });

  it('makes checkDefinition refuse a definition with rule errors', () => {
    const result = checkDefinition(withFields([{ id: 'naam', type: 'text', label: 'Naam', required: true }]));
    expect(result.ok).to.equal(false);
  });
});

describe('visibleFieldIds', () => {
  const definition = parseDefinition(objection);
  if (!definition.ok) throw new Error('fixture broken');

  it('shows the Dutch address fields only for people living in the Netherlands', () => {
    const dutch = visibleFieldIds(definition.definition, { woonland: 'nl' });
    expect(dutch.has('postcode')).to.equal(true);
    expect(dutch.has('buitenlandsAdres')).to.equal(false);
    const abroad = visibleFieldIds(definition.definition, { woonland: 'buitenland' });
    expect(abroad.has('postcode')).to.equal(false);
    expect(abroad.has('buitenlandsAdres')).to.equal(true);
  });

  it('hides a field whose condition is on a field that is itself hidden', () => {
    const def = parseDefinition(
      withFields([
        { id: 'a', type: 'radio', label: 'A', options: [{ value: 'ja', label: 'Ja' }] },
        { id: 'b', type: 'radio', label: 'B', options: [{ value: 'ja', label: 'Ja' }], visibleWhen: { field: 'a', equals: 'ja' } },
        { id: 'c', type: 'text', label: 'C', visibleWhen: { field: 'b', equals: 'ja' } },
      ]),
    );
    if (!def.ok) throw new Error('fixture broken');
    expect([...visibleFieldIds(def.definition, { b: 'ja' })]).to.deep.equal(['a']);
    expect([...visibleFieldIds(def.definition, { a: 'ja', b: 'ja' })]).to.deep.equal(['a', 'b', 'c']);
  });
});
