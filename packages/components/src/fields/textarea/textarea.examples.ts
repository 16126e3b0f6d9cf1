/**
 * Examples of `wmebv-textarea`, written once: its stories are these (textarea.stories.ts) and its
 * tests mount them (`mountExample` in base/field.fixtures.ts).
 */
import { html } from 'lit';
import { coreMessage, legalBasisGrounds } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface TextareaArgs extends FieldArgs {
  value: string;
  maxLength?: number;
  rows: number;
  autocomplete: string;
}

/** A text of exactly `length` characters (code points), for character-count stories. */
export function textOfLength(length: number): string {
  const sentence = 'De dakkapel aan de achterkant is vanaf de straat niet te zien en past bij de andere dakkapels in de rij. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

/** `<wmebv-textarea>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderTextarea = (args: TextareaArgs) => html`<wmebv-textarea
  ${fieldArgs(args)}
  .maxLength=${args.maxLength}
  rows=${args.rows}
  autocomplete=${args.autocomplete}
  value=${args.value}
></wmebv-textarea>`;

const GROUNDS = 'Waarom bent u het niet eens met het besluit?';

const optional: TextareaArgs = {
  ...fieldDefaults,
  name: 'toelichting',
  label: 'Wilt u nog iets toelichten?',
  hint: 'Bijvoorbeeld wanneer wij u het beste kunnen bellen.',
  value: '',
  rows: 5,
  autocomplete: '',
  maxLength: 1000,
};

const grounds: TextareaArgs = {
  ...optional,
  name: 'gronden',
  label: GROUNDS,
  hint: '',
  required: true,
  legalBasis: legalBasisGrounds,
  maxLength: 5000,
};

const filled: TextareaArgs = {
  ...grounds,
  value:
    'De dakkapel is aan de achterkant en vanaf de straat niet te zien.\n' +
    'Vijf huizen in dezelfde rij hebben al zo’n dakkapel.\n' +
    'De buren hebben geen bezwaar (zie hun brief).',
};

export const textareaExamples = examplesOf<TextareaArgs>()({
  Empty: { description: 'Optional, with a character count: "U heeft nog 1000 tekens over."', args: optional },
  RequiredWithLegalBasis: { description: 'The grounds of an objection: required, with its legal basis (Awb 6:5 lid 1 onder d).', args: grounds },
  Filled: { description: 'The grounds, answered in three lines.', args: filled },
  NearTheLimit: {
    description: 'Ten characters left: the count is the only signal; nothing is wrong yet.',
    args: { ...grounds, maxLength: 200, value: textOfLength(190) },
  },
  OverTheLimit: {
    description:
      "Twelve characters too many: the count says so at once; the error is what core's validation says when the user moves on. Nothing typed is cut off.",
    args: { ...grounds, maxLength: 200, value: textOfLength(212), error: coreMessage('maxLength', GROUNDS, { max: 200, length: 212 }) },
  },
  WithError: { description: "Left empty: core's message for a required question.", args: { ...grounds, error: coreMessage('required', GROUNDS) } },
  Disabled: { description: 'An answered question that cannot be changed; nothing is submitted.', args: { ...filled, disabled: true } },
  English: {
    description: '"(optional)", "You have 12 characters remaining." in English.',
    args: {
      ...optional,
      lang: 'en',
      name: 'buitenlandsAdres',
      label: 'Your address abroad',
      hint: 'Street, house number, postcode, town and country.',
      autocomplete: 'street-address',
      maxLength: 60,
      value: 'Rue de la Loi 16\n1000 Brussels\nBelgium',
    },
  },
});
