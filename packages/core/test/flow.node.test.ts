// The headless form flow in Node (issue 10 item 1: plain functions over plain data, no DOM).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  afterRejection,
  atReview,
  checkAnswers,
  checkBeforeSend,
  goBack,
  goNext,
  goToChange,
  goToReview,
  parseDefinition,
  rememberHidden,
  restorePosition,
  routeErrors,
  startPosition,
  stepOfField,
  visibleAnswers,
  type FormDefinition,
  type ValidationError,
} from '@wmebv/core';
import { readFileSync } from 'node:fs';

// The demo's objection form, read from disk (test/fixtures/objection.ts fetches it, for the browser).
const objection: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../../demo/forms/bezwaarschrift.json', import.meta.url), 'utf8'));

const parsed = parseDefinition(objection);
if (!parsed.ok) throw new Error('fixture broken');
const form: FormDefinition = parsed.definition;
const REVIEW = form.steps.length;

const complete = {
  omschrijvingBesluit: 'Weigering dakkapel',
  gronden: 'De dakkapel past in de straat.',
  naam: 'Jan Jansen',
  woonland: 'nl',
  straatHuisnummer: 'Dorpsstraat 1',
  postcode: '1234ab',
  woonplaats: 'Voorbeeld',
};
const checked = (values: Record<string, unknown>) => checkAnswers(form, values, []);
const fieldsOf = (errors: readonly ValidationError[]) => errors.map((error) => error.field);

describe('the form flow (core/flow)', () => {
  it('starts at the first step and restores a saved step only inside the form', () => {
    expect(startPosition()).to.deep.equal({ step: 0, returnToReview: false });
    expect(restorePosition(form, 2).step).to.equal(2);
    expect(restorePosition(form, 99).step, 'at most the review').to.equal(REVIEW);
    expect(restorePosition(form, -3).step).to.equal(0);
    expect(restorePosition(form, '1').step, 'not a number: the start').to.equal(0);
    expect(atReview(form, restorePosition(form, 99))).to.equal(true);
  });

  it('stays on a step with its own errors only (WCAG 2.2 SC 3.3.1)', () => {
    const move = goNext(form, startPosition(), checked({}));
    expect(move.position.step).to.equal(0);
    expect(fieldsOf(move.errors)).to.deep.equal(['omschrijvingBesluit']);
  });

  it('moves on to the next step when the step is complete, even with errors on later steps', () => {
    const move = goNext(form, startPosition(), checked({ omschrijvingBesluit: 'Weigering' }));
    expect(move).to.deep.equal({ position: { step: 1, returnToReview: false }, errors: [] });
  });

  it('goes from the last step to the review, or to the step of the first error on any step', () => {
    const last = { step: REVIEW - 1, returnToReview: false };
    expect(goNext(form, last, checked(complete)).position.step).to.equal(REVIEW);
    const missingGrounds = { ...complete, gronden: '' };
    const move = goNext(form, last, checked(missingGrounds));
    expect(move.position.step, 'the step that asks the grounds').to.equal(stepOfField(form, 'gronden'));
    expect(fieldsOf(move.errors)).to.deep.equal(['gronden']);
  });

  it('after a change, returns to the review (GOV.UK change-and-return), once that step is complete', () => {
    const changing = goToChange(form, 'besluit')!;
    expect(changing).to.deep.equal({ step: 0, returnToReview: true });
    expect(goNext(form, changing, checked(complete)).position).to.deep.equal({ step: REVIEW, returnToReview: false });
    expect(goToChange(form, 'no-such-step')).to.equal(undefined);
  });

  it('goes back one step, from the review to the last step, never before the first', () => {
    expect(goBack(form, { step: REVIEW, returnToReview: false }).step).to.equal(REVIEW - 1);
    expect(goBack(form, { step: 2, returnToReview: true })).to.deep.equal({ step: 1, returnToReview: false });
    expect(goBack(form, startPosition()).step).to.equal(0);
  });

  it('routes errors to the step of the first field error, with only that step’s errors', () => {
    const errors = checked({ woonland: 'nl' }).errors;
    expect(routeErrors(form, errors)).to.deep.equal({ step: 0, errors: errors.filter((error) => error.field === 'omschrijvingBesluit') });
    const declarationOnly: ValidationError[] = [
      { field: 'verklaring', target: 'declaration', rule: 'required', params: {}, messageKey: 'validation.requiredDeclaration' },
    ];
    expect(routeErrors(form, declarationOnly)).to.equal(undefined);
    expect(goToReview(form, startPosition(), checked(complete)).position.step).to.equal(REVIEW);
  });

  it('asks for the required declarations before sending, with the same check as the server (Awb 6:5)', () => {
    const missing = checkBeforeSend(form, checked(complete), {});
    expect(missing.position.step).to.equal(REVIEW);
    expect(missing.errors.map(({ field, target, rule }) => ({ field, target, rule }))).to.deep.equal([
      { field: 'verklaring', target: 'declaration', rule: 'required' },
    ]);
    expect(checkBeforeSend(form, checked(complete), { verklaring: '2026-04-28T00:29:00.000+02:00' }).errors).to.deep.equal([]);
    const incomplete = checkBeforeSend(form, checked({ ...complete, naam: '' }), { verklaring: '2026-04-28T00:29:00.000+02:00' });
    expect(incomplete.position).to.deep.equal({ step: stepOfField(form, 'naam'), returnToReview: true });
  });

  it('shows a refusal of the server at the step of its first field error, or on the review', () => {
    const fieldError: ValidationError = { field: 'postcode', target: 'field', rule: 'postcode', params: {}, messageKey: 'validation.postcode' };
    const submissionError: ValidationError = { field: '', target: 'submission', rule: 'form', params: {}, messageKey: 'validation.form' };
    expect(afterRejection(form, [submissionError, fieldError])).to.deep.equal({
      position: { step: stepOfField(form, 'postcode'), returnToReview: true },
      errors: [fieldError],
    });
    expect(afterRejection(form, [submissionError])).to.deep.equal({ position: { step: REVIEW, returnToReview: false }, errors: [submissionError] });
  });

  it('keeps only the answers of fields that are shown (visibleWhen)', () => {
    const abroad = { ...complete, woonland: 'buitenland' };
    expect(Object.keys(visibleAnswers(form, abroad))).to.not.include.members(['straatHuisnummer', 'postcode', 'woonplaats']);
    expect(visibleAnswers(form, complete), 'nothing hidden: the same object').to.equal(complete);
  });

  it('remembers hidden answers and brings them back when their field is shown again (issue 15 item 3)', () => {
    const abroad = rememberHidden(form, { ...complete, woonland: 'buitenland', buitenlandsAdres: 'Rue 1, Paris' });
    expect(abroad.values).to.not.have.any.keys('straatHuisnummer', 'postcode', 'woonplaats');
    expect(abroad.hidden).to.include({ postcode: '1234ab' });
    const home = rememberHidden(form, { ...abroad.values, woonland: 'nl' }, abroad.hidden);
    expect(home.values).to.include({ postcode: '1234ab', woonland: 'nl' });
    expect(home.values).to.not.have.key('buitenlandsAdres');
    expect(home.hidden).to.deep.equal({ buitenlandsAdres: 'Rue 1, Paris' });
    // A new answer to a visible field wins over a remembered one.
    expect(rememberHidden(form, { ...complete, postcode: '9999 ZZ' }, { postcode: '1234ab' }).values['postcode']).to.equal('9999 ZZ');
  });

  it('counts a remembered answer as unanswered for every condition until its field is back', () => {
    const chain = parseDefinition({
      ...objection,
      steps: [
        {
          id: 'a',
          title: 'A',
          fields: [
            {
              id: 'eerste',
              type: 'radio',
              label: 'Eerste',
              options: [
                { value: 'ja', label: 'Ja' },
                { value: 'nee', label: 'Nee' },
              ],
            },
            { id: 'tweede', type: 'radio', label: 'Tweede', options: [{ value: 'ja', label: 'Ja' }], visibleWhen: { field: 'eerste', equals: 'ja' } },
            { id: 'derde', type: 'text', label: 'Derde', visibleWhen: { field: 'tweede', equals: 'ja' } },
            { id: 'zonder', type: 'text', label: 'Zonder', visibleWhen: { field: 'tweede', filled: false } },
          ],
        },
      ],
      deadline: undefined,
      declarations: undefined,
    });
    if (!chain.ok) throw new Error(JSON.stringify(chain.findings));
    const def = chain.definition;
    const off = rememberHidden(def, { eerste: 'nee', tweede: 'ja', derde: 'X', zonder: 'Z' });
    // "tweede" is hidden, so it counts as unanswered: "derde" hides, "zonder" (filled: false) shows.
    expect(off.values).to.deep.equal({ eerste: 'nee', zonder: 'Z' });
    expect(off.hidden).to.deep.equal({ tweede: 'ja', derde: 'X' });
    const on = rememberHidden(def, { ...off.values, eerste: 'ja' }, off.hidden);
    expect(on.values).to.deep.equal({ eerste: 'ja', tweede: 'ja', derde: 'X' });
    expect(on.hidden).to.deep.equal({ zonder: 'Z' });
  });

  it('normalises the answers once, for the review, the copy and the envelope', () => {
    expect(checked(complete).values['postcode']).to.equal('1234 AB');
  });
});
