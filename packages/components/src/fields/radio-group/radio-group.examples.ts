/**
 * Examples of `wmebv-radio-group`, written once: its stories are these (radio-group.stories.ts), its
 * tests mount them (`mountExample` in base/field.fixtures.ts), and the error summary's stories use
 * the residence options.
 */
import type { Option } from '@wmebv/core';
import { html } from 'lit';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

/** The two answers of "Waar woont u?" on the objection form. */
export const residenceOptions: Option[] = [
  { value: 'nl', label: 'In Nederland' },
  { value: 'buitenland', label: 'In het buitenland' },
];

export const residenceOptionsEn: Option[] = [
  { value: 'nl', label: 'In the Netherlands' },
  { value: 'buitenland', label: 'Abroad' },
];

export interface RadioGroupArgs extends FieldArgs {
  options: Option[];
  value: string;
}

/** `<wmebv-radio-group>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderRadioGroup = (args: RadioGroupArgs) => html`<wmebv-radio-group
  ${fieldArgs(args)}
  .options=${args.options}
  value=${args.value}
></wmebv-radio-group>`;

const RESIDENCE = 'Waar woont u?';

const hearing: RadioGroupArgs = {
  ...fieldDefaults,
  name: 'horen',
  label: 'Wilt u uw bezwaar mondeling toelichten?',
  options: [
    { value: 'ja', label: 'Ja' },
    { value: 'nee', label: 'Nee' },
  ],
  value: '',
};

const residence: RadioGroupArgs = {
  ...hearing,
  name: 'woonland',
  label: RESIDENCE,
  hint: 'Woont u een deel van het jaar in het buitenland? Kies dan waar u ingeschreven staat.',
  options: residenceOptions,
};

const required: RadioGroupArgs = { ...residence, required: true, legalBasis: legalBasisNameAddress };

export const radioGroupExamples = examplesOf<RadioGroupArgs>()({
  Empty: { description: 'An optional yes/no question: "(niet verplicht)" after the legend.', args: hearing },
  WithHint: { description: '"Waar woont u?" with a hint under the legend.', args: residence },
  RequiredWithLegalBasis: { description: 'Required, with "Waarom vragen we dit?" (Awb 6:5 lid 1 onder a).', args: required },
  Filled: { description: 'One answer chosen.', args: { ...required, value: 'nl' } },
  WithError: {
    description: "Nothing chosen: core's message for a required choice.",
    args: { ...required, error: coreMessage('requiredChoice', RESIDENCE) },
  },
  Disabled: { description: 'An answered question that cannot be changed; nothing is submitted.', args: { ...required, value: 'nl', disabled: true } },
  English: {
    description: 'The same question in English.',
    args: {
      ...hearing,
      lang: 'en',
      name: 'woonland',
      label: 'Where do you live?',
      options: residenceOptionsEn,
      required: true,
      legalBasis: legalBasisNameAddress,
    },
  },
});
