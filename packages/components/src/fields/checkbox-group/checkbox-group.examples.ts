/**
 * Examples of `wmebv-checkbox-group`, written once: its stories are these (checkbox-group.stories.ts)
 * and its tests mount them (`mountExample` in base/field.fixtures.ts).
 */
import type { Option } from '@wmebv/core';
import { html } from 'lit';
import { coreMessage, legalBasisGrounds } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface CheckboxGroupArgs extends FieldArgs {
  options: Option[];
  value: string[];
}

/** `<wmebv-checkbox-group>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderCheckboxGroup = (args: CheckboxGroupArgs) => html`<wmebv-checkbox-group
  ${fieldArgs(args)}
  .options=${args.options}
  .defaultValue=${args.value}
></wmebv-checkbox-group>`;

const QUESTION = 'Waar gaat uw bezwaar over?';

export const topics: Option[] = [
  { value: 'hoogte', label: { nl: 'De hoogte van het bedrag', en: 'The amount' } },
  { value: 'termijn', label: { nl: 'De termijn', en: 'The period' } },
  { value: 'voorwaarden', label: { nl: 'De voorwaarden', en: 'The conditions' } },
  { value: 'anders', label: { nl: 'Iets anders', en: 'Something else' } },
];

const optional: CheckboxGroupArgs = {
  ...fieldDefaults,
  name: 'onderwerp',
  label: QUESTION,
  hint: 'Kies alles wat van toepassing is.',
  options: topics,
  value: [],
};

export const checkboxGroupExamples = examplesOf<CheckboxGroupArgs>()({
  Empty: { description: 'Optional: "(niet verplicht)" on the legend; nothing ticked.', args: optional },
  Filled: { description: 'Two answers ticked.', args: { ...optional, value: ['hoogte', 'voorwaarden'] } },
  RequiredWithLegalBasis: {
    description: 'Required: at least one box; "Waarom vragen we dit?" names Awb 6:5 lid 1 onder d.',
    args: { ...optional, required: true, legalBasis: legalBasisGrounds },
  },
  WithError: {
    description: "Nothing ticked: core's message for a required choice.",
    args: { ...optional, required: true, legalBasis: legalBasisGrounds, error: coreMessage('requiredChoice', QUESTION) },
  },
  Disabled: { description: 'Answers that cannot be changed; nothing is submitted.', args: { ...optional, value: ['termijn'], disabled: true } },
  English: {
    description: 'The same question and answers in English.',
    args: { ...optional, lang: 'en', label: 'What is your objection about?', hint: 'Select all that apply.' },
  },
});
