/**
 * Examples of `wmebv-fieldset`, written once: its stories are these (fieldset.stories.ts) and its
 * tests mount them (`mountExample` in base/field.fixtures.ts). The questions inside are two text
 * fields of an address; the example args say whether they are required, filled, in error or disabled.
 */
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { examplesOf } from '../../base/field-controls.examples.js';

export interface FieldsetArgs {
  label: string;
  hint: string;
  optional: boolean;
  locale: string;
  lang?: string;
  /** Story only: the fields inside are required (with a legal basis). */
  requiredFields: boolean;
  /** Story only: the fields inside show errors. */
  errors: boolean;
  /** Story only: the fields inside are filled. */
  filled: boolean;
  /** Story only: the fields inside are disabled. */
  disabled: boolean;
}

/** `<wmebv-fieldset>` with `args` as its attributes and properties, two address questions inside (the stories' render). */
export const renderFieldset = (args: FieldsetArgs) => {
  const en = args.lang === 'en' || args.locale === 'en';
  const street = en ? 'Street and number' : 'Straat en huisnummer';
  const postcode = 'Postcode';
  return html`<wmebv-fieldset
    label=${args.label}
    hint=${args.hint}
    ?optional=${args.optional}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
    .content=${html`<wmebv-text-field
        name="straat"
        label=${street}
        autocomplete="street-address"
        ?required=${args.requiredFields}
        ?disabled=${args.disabled}
        .legalBasis=${args.requiredFields ? legalBasisNameAddress : undefined}
        value=${args.filled ? 'Stationsplein 1' : ''}
        error=${args.errors ? coreMessage('required', street, {}, en ? 'en' : 'nl') : ''}
      ></wmebv-text-field>
      <wmebv-text-field
        name="postcode"
        type="postcode"
        label=${postcode}
        ?required=${args.requiredFields}
        ?disabled=${args.disabled}
        value=${args.filled ? '3511 ED' : ''}
        error=${args.errors ? coreMessage('postcode', postcode, {}, en ? 'en' : 'nl') : ''}
      ></wmebv-text-field>`}
  ></wmebv-fieldset>`;
};

const address: FieldsetArgs = {
  label: 'Uw adres',
  hint: 'Het adres waar u staat ingeschreven.',
  optional: false,
  locale: '',
  requiredFields: false,
  errors: false,
  filled: false,
  disabled: false,
};

export const fieldsetExamples = examplesOf<FieldsetArgs>()({
  Empty: { description: 'A legend "Uw adres" over two optional questions, each with its own marker.', args: address },
  Optional: {
    description: 'Every question in it is optional: the legend says so once.',
    args: { ...address, label: 'Adres in het buitenland', optional: true, hint: '' },
  },
  Filled: { description: 'Both questions answered.', args: { ...address, filled: true } },
  RequiredWithLegalBasis: { description: 'Both questions required, with the legal basis.', args: { ...address, requiredFields: true } },
  WithError: { description: "Both questions in error, with core's messages.", args: { ...address, requiredFields: true, errors: true } },
  Disabled: { description: 'Answered questions that cannot be changed.', args: { ...address, filled: true, disabled: true } },
  English: {
    description: 'The legend, hint and questions in English.',
    args: { ...address, lang: 'en', label: 'Your address', hint: 'The address where you are registered.' },
  },
});
