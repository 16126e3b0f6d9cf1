/**
 * Examples of `wmebv-checkbox`, written once: its stories are these (checkbox.stories.ts) and its
 * tests mount them (`mountExample` in base/field.fixtures.ts).
 */
import { html } from 'lit';
import { coreMessage, legalBasisAuthorisation } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface CheckboxArgs extends FieldArgs {
  checked: boolean;
  value: string;
}

/** `<wmebv-checkbox>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderCheckbox = (args: CheckboxArgs) => html`<wmebv-checkbox
  ${fieldArgs(args)}
  ?checked=${args.checked}
  value=${args.value}
></wmebv-checkbox>`;

const DECLARATION = 'Ik maak bezwaar namens iemand anders en heb een machtiging';

const optional: CheckboxArgs = {
  ...fieldDefaults,
  name: 'nieuwsbrief',
  label: 'Stuur mij bericht als mijn bezwaar in behandeling is genomen',
  hint: 'Per e-mail, op het adres dat u hierboven gaf.',
  checked: false,
  value: 'ja',
};

const declaration: CheckboxArgs = {
  ...optional,
  name: 'machtiging',
  label: DECLARATION,
  hint: '',
  required: true,
  legalBasis: legalBasisAuthorisation,
};

export const checkboxExamples = examplesOf<CheckboxArgs>()({
  Empty: { description: 'Optional: "(niet verplicht)" after the label. Space ticks it.', args: optional },
  Filled: { description: 'Ticked.', args: { ...optional, checked: true } },
  RequiredWithLegalBasis: { description: 'Required: must be ticked; "Waarom vragen we dit?" names Awb 2:1 lid 2.', args: declaration },
  WithError: {
    description: "Not ticked: core's message for a required declaration.",
    args: { ...declaration, error: coreMessage('requiredDeclaration', DECLARATION) },
  },
  Disabled: { description: 'Ticked and cannot be changed; nothing is submitted.', args: { ...optional, checked: true, disabled: true } },
  English: {
    description: 'The same question in English: "(optional)".',
    args: {
      ...optional,
      lang: 'en',
      label: 'Tell me when my objection is being dealt with',
      hint: 'By email, at the address you gave above.',
    },
  },
});
