/**
 * Examples of `wmebv-text-field`, written once: its stories are these (text-field.stories.ts), its
 * tests mount them (`mountExample`), and docs/getting-started.md shows the `Postcode` one as HTML.
 */
import type { TextFieldType } from '@wmebv/components';
import { html } from 'lit';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { examplesOf, fieldArgs, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

export interface TextFieldArgs extends FieldArgs {
  type: TextFieldType;
  value: string;
  autocomplete: string;
}

/** `<wmebv-text-field>` with `args` as its attributes and properties (the stories' render): the base field args through `fieldArgs`, then its own. */
export const renderTextField = (args: TextFieldArgs) => html`<wmebv-text-field
  ${fieldArgs(args)}
  type=${args.type}
  autocomplete=${args.autocomplete}
  value=${args.value}
></wmebv-text-field>`;

const optional: TextFieldArgs = {
  ...fieldDefaults,
  name: 'kenmerkBesluit',
  type: 'text',
  label: 'Kenmerk van het besluit',
  hint: 'Dit staat meestal bovenaan de brief.',
  value: '',
  autocomplete: '',
};

const requiredName: TextFieldArgs = {
  ...optional,
  name: 'naam',
  label: 'Naam',
  hint: '',
  autocomplete: 'name',
  required: true,
  legalBasis: legalBasisNameAddress,
};

const filled: TextFieldArgs = { ...requiredName, value: 'Fatima el Amrani' };

export const textFieldExamples = examplesOf<TextFieldArgs>()({
  Empty: { description: 'An optional question: "(niet verplicht)" after the label, never an asterisk on the others.', args: optional },
  RequiredWithLegalBasis: {
    description: 'A required question: no marker, but "Waarom vragen we dit?" shows the legal basis on request.',
    args: requiredName,
  },
  Filled: { description: 'A required question answered.', args: filled },
  WithError: {
    description: "The message is core's, word for word: the same text appears in the error summary.",
    args: { ...requiredName, error: coreMessage('required', 'Naam') },
  },
  PostcodeWithError: {
    description: "A Dutch postcode that is not one: what core's postcode check says.",
    args: {
      ...optional,
      name: 'postcode',
      type: 'postcode',
      label: 'Postcode',
      hint: '',
      required: true,
      legalBasis: legalBasisNameAddress,
      value: '123 AB',
      error: coreMessage('postcode', 'Postcode'),
    },
  },
  Postcode: {
    description: 'An optional Dutch postcode, as docs/getting-started.md shows it: sized for "1234 AB", `autocomplete="postal-code"`.',
    args: { ...optional, name: 'postcode', type: 'postcode', label: 'Postcode', hint: '' },
  },
  Email: {
    description: 'An e-mail address: `type="email"` with `autocomplete="email"`.',
    args: {
      ...optional,
      name: 'email',
      type: 'email',
      label: 'E-mailadres',
      hint: 'Dan sturen wij de ontvangstbevestiging ook per e-mail.',
      autocomplete: 'email',
      value: 'f.elamrani@example.org',
    },
  },
  Telephone: {
    description: 'A telephone number: `type="tel"` with `autocomplete="tel"`.',
    args: { ...optional, name: 'telefoon', type: 'tel', label: 'Telefoonnummer', hint: '', autocomplete: 'tel' },
  },
  Disabled: { description: 'An answered question that cannot be changed; nothing is submitted.', args: { ...filled, disabled: true } },
  English: {
    description: 'The same field on an English page section: "(optional)", the English hint.',
    args: {
      ...optional,
      lang: 'en',
      name: 'email',
      type: 'email',
      label: 'Email address',
      hint: 'Then we also email you the receipt.',
      autocomplete: 'email',
    },
  },
  EnglishWithError: {
    description: 'Required in English: "Why do we ask this?" cites "article 6:5(1)(a) Awb"; the error as core words it in English.',
    args: { ...requiredName, lang: 'en', label: 'Name', error: coreMessage('required', 'Name', {}, 'en') },
  },
  NumberInput: {
    description: '`inputmode="decimal"` on a text input: a numeric keyboard with a separator, and "3,5" is kept as typed.',
    args: { ...optional, name: 'aantal', type: 'number', label: 'Hoeveel bomen wilt u kappen?', hint: '', value: '' },
  },
  Bsn: {
    description: '`inputmode="numeric"`, `autocomplete="off"`, no spellcheck; narrow for 9 digits.',
    args: {
      ...optional,
      name: 'bsn',
      type: 'bsn',
      label: 'Burgerservicenummer (BSN)',
      hint: 'Dit staat op uw paspoort of identiteitskaart.',
      required: true,
      legalBasis: legalBasisNameAddress,
    },
  },
  Kvk: {
    description: 'A KvK number: 8 digits, a numeric keyboard.',
    args: { ...optional, name: 'kvk', type: 'kvk', label: 'KvK-nummer', hint: '8 cijfers', value: '69599084' },
  },
  Iban: {
    description: 'Capitals, no spellcheck, wide enough for "NL91 ABNA 0417 1643 00".',
    args: { ...optional, name: 'iban', type: 'iban', label: 'IBAN', hint: 'Bijvoorbeeld NL91 ABNA 0417 1643 00', value: '' },
  },
});
