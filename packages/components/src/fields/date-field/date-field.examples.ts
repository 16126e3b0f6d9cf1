/**
 * Examples of `wmebv-date-field`, written once: its stories are these (date-field.stories.ts) and
 * its tests mount them (`mountExample` in base/field.fixtures.ts).
 */
import { html } from 'lit';
import { coreMessage, legalBasisDecision } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface DateFieldArgs extends FieldArgs {
  value: string;
  autocomplete: string;
}

/** `<wmebv-date-field>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderDateField = (args: DateFieldArgs) => html`<wmebv-date-field
  ${fieldArgs(args)}
  autocomplete=${args.autocomplete}
  value=${args.value}
></wmebv-date-field>`;

const DECISION_DATE = 'Datum van het besluit';

const optional: DateFieldArgs = {
  ...fieldDefaults,
  name: 'datumBesluit',
  label: DECISION_DATE,
  hint: 'De datum bovenaan de brief, bijvoorbeeld 15 3 2026.',
  value: '',
  autocomplete: '',
};

const required: DateFieldArgs = { ...optional, required: true, legalBasis: legalBasisDecision };

export const dateFieldExamples = examplesOf<DateFieldArgs>()({
  Empty: { description: 'An optional date: Dag, Maand, Jaar under one legend with "(niet verplicht)".', args: optional },
  RequiredWithLegalBasis: { description: 'Required, with "Waarom vragen we dit?" (Awb 6:5 lid 1 onder c).', args: required },
  Filled: { description: 'A date filled in: 2 April 2026.', args: { ...required, value: '2026-04-02' } },
  ImpossibleDate: {
    description:
      '31-04-2026 does not exist (April has 30 days). The parts stay as typed; core\'s message; only "Dag" is marked invalid, and it is where the error summary would link to.',
    args: { ...required, value: '2026-04-31', error: coreMessage('date', DECISION_DATE) },
  },
  WithError: {
    description: 'Nothing filled in for a required date: every part is marked.',
    args: { ...required, error: coreMessage('requiredDate', DECISION_DATE) },
  },
  Disabled: { description: 'A date that cannot be changed; nothing is submitted.', args: { ...required, value: '2026-04-02', disabled: true } },
  English: {
    description: '"Day", "Month", "Year" and "(optional)" in English.',
    args: {
      ...optional,
      lang: 'en',
      label: 'Date of the decision',
      hint: 'The date at the top of the letter, for example 15 3 2026.',
      value: '2026-03-16',
    },
  },
});
