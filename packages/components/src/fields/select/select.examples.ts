/**
 * Examples of `wmebv-select`, written once: its stories are these (select.stories.ts) and its tests
 * mount them (`mountExample` in base/field.fixtures.ts).
 */
import type { Option } from '@wmebv/core';
import { html } from 'lit';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface SelectArgs extends FieldArgs {
  options: Option[];
  value: string;
  autocomplete: string;
}

/** `<wmebv-select>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderSelect = (args: SelectArgs) => html`<wmebv-select
  ${fieldArgs(args)}
  .options=${args.options}
  autocomplete=${args.autocomplete}
  value=${args.value}
></wmebv-select>`;

const COUNTRY = 'In welk land woont u?';

/** A few countries, as a definition would list them (a select suits long lists; radios short ones). */
export const countries: Option[] = [
  { value: 'NL', label: { nl: 'Nederland', en: 'The Netherlands' } },
  { value: 'BE', label: { nl: 'België', en: 'Belgium' } },
  { value: 'DE', label: { nl: 'Duitsland', en: 'Germany' } },
  { value: 'FR', label: { nl: 'Frankrijk', en: 'France' } },
  { value: 'XX', label: { nl: 'Een ander land', en: 'Another country' } },
];

const optional: SelectArgs = {
  ...fieldDefaults,
  name: 'land',
  label: COUNTRY,
  hint: 'Het land waar u staat ingeschreven.',
  options: countries,
  value: '',
  autocomplete: 'country',
};

export const selectExamples = examplesOf<SelectArgs>()({
  Empty: { description: 'Optional: "(niet verplicht)" after the label, and a visible "Geen antwoord" choice.', args: optional },
  Filled: { description: 'A country chosen.', args: { ...optional, value: 'BE' } },
  RequiredWithLegalBasis: {
    description: 'Required: the empty first choice reads "Kies een antwoord"; "Waarom vragen we dit?" names the legal basis.',
    args: { ...optional, required: true, legalBasis: legalBasisNameAddress },
  },
  WithError: {
    description: "Nothing chosen: core's message for a required choice.",
    args: { ...optional, required: true, legalBasis: legalBasisNameAddress, error: coreMessage('requiredChoice', COUNTRY) },
  },
  Disabled: { description: 'A chosen answer that cannot be changed; nothing is submitted.', args: { ...optional, value: 'NL', disabled: true } },
  English: {
    description: 'The same question in English: the options in English, "No answer".',
    args: { ...optional, lang: 'en', label: 'Which country do you live in?', hint: 'The country where you are registered.' },
  },
});
