import '@wmebv/components';
import type { TextFieldType } from '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface TextFieldArgs extends FieldArgs {
  type: TextFieldType;
  value: string;
  autocomplete: string;
}

/**
 * A one-line question: a native `<input>` in the light DOM with a label, hint, error and, for a
 * required field, why it is required. Types `text`, `email`, `tel`, `postcode`, `number`, `bsn`,
 * `kvk` and `iban` (all but email and tel are `type="text"` with the right keyboard, GOV.UK style).
 */
const meta: Meta<TextFieldArgs> = {
  title: 'Fields/Text field',
  component: 'wmebv-text-field',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-text-field
    name=${args.name}
    type=${args.type}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    autocomplete=${args.autocomplete}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-text-field>`,
  argTypes: {
    ...fieldArgTypes,
    type: {
      control: 'inline-radio',
      options: ['text', 'email', 'tel', 'postcode', 'number', 'bsn', 'kvk', 'iban'],
      description: 'Kind of input; `postcode` is sized for a Dutch postcode and gets `autocomplete="postal-code"`.',
    },
    value: { control: 'text', description: 'Initial value (attribute `value`); `form.reset()` returns to it.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`name`, `email`, `tel`, …).' },
  },
  args: {
    ...fieldDefaults,
    name: 'kenmerkBesluit',
    type: 'text',
    label: 'Kenmerk van het besluit',
    hint: 'Dit staat meestal bovenaan de brief.',
    value: '',
    autocomplete: '',
  },
};

export default meta;
type Story = StoryObj<TextFieldArgs>;

/** An optional question: "(niet verplicht)" after the label, never an asterisk on the others. */
export const Empty: Story = {};

/**
 * A required question: no marker, but "Waarom vragen we dit?" shows the legal basis on request. The
 * play function opens it, so that the story's axe check covers the citation and its link too.
 */
export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: {
    name: 'naam',
    label: 'Naam',
    hint: '',
    autocomplete: 'name',
    required: true,
    legalBasis: legalBasisNameAddress,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Waarom vragen we dit?'));
    // The content is rendered when the disclosure opens (issue 16): wait for it.
    await expect(await canvas.findByText('Dit is verplicht volgens artikel 6:5 lid 1 onder a Awb.')).toBeVisible();
    await expect(await canvas.findByRole('link', { name: /Lees artikel 6:5 lid 1 onder a Awb/ })).toBeVisible();
  },
};

export const Filled: Story = {
  args: { ...RequiredWithLegalBasis.args, value: 'Fatima el Amrani' },
};

/** The message is core's, word for word: the same text appears in the error summary. */
export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('required', 'Naam') },
};

/** A Dutch postcode that is not one: what core's postcode check says. */
export const PostcodeWithError: Story = {
  name: 'Postcode with error',
  args: {
    name: 'postcode',
    type: 'postcode',
    label: 'Postcode',
    hint: '',
    required: true,
    legalBasis: legalBasisNameAddress,
    value: '123 AB',
    error: coreMessage('postcode', 'Postcode'),
  },
};

export const Email: Story = {
  args: {
    name: 'email',
    type: 'email',
    label: 'E-mailadres',
    hint: 'Dan sturen wij de ontvangstbevestiging ook per e-mail.',
    autocomplete: 'email',
    value: 'f.elamrani@example.org',
  },
};

export const Telephone: Story = {
  args: { name: 'telefoon', type: 'tel', label: 'Telefoonnummer', hint: '', autocomplete: 'tel' },
};

export const Disabled: Story = {
  args: { ...Filled.args, disabled: true },
};

/** The same field on an English page section: "(optional)", the English hint. */
export const English: Story = {
  args: {
    lang: 'en',
    name: 'email',
    type: 'email',
    label: 'Email address',
    hint: 'Then we also email you the receipt.',
    autocomplete: 'email',
  },
};

/** Required in English: "Why do we ask this?" cites "article 6:5(1)(a) Awb"; the error as core words it in English. */
export const EnglishWithError: Story = {
  name: 'English with error',
  args: {
    lang: 'en',
    name: 'naam',
    label: 'Name',
    hint: '',
    autocomplete: 'name',
    required: true,
    legalBasis: legalBasisNameAddress,
    error: coreMessage('required', 'Name', {}, 'en'),
  },
};

/** `inputmode="decimal"` on a text input: a numeric keyboard with a separator, and "3,5" is kept as typed. */
export const NumberInput: Story = {
  name: 'Number',
  args: { name: 'aantal', type: 'number', label: 'Hoeveel bomen wilt u kappen?', hint: '', value: '' },
};

/** `inputmode="numeric"`, `autocomplete="off"`, no spellcheck; narrow for 9 digits. */
export const Bsn: Story = {
  name: 'BSN',
  args: {
    name: 'bsn',
    type: 'bsn',
    label: 'Burgerservicenummer (BSN)',
    hint: 'Dit staat op uw paspoort of identiteitskaart.',
    required: true,
    legalBasis: legalBasisNameAddress,
  },
};

export const Kvk: Story = {
  name: 'KvK-nummer',
  args: { name: 'kvk', type: 'kvk', label: 'KvK-nummer', hint: '8 cijfers', value: '69599084' },
};

/** Capitals, no spellcheck, wide enough for "NL91 ABNA 0417 1643 00". */
export const Iban: Story = {
  name: 'IBAN',
  args: { name: 'iban', type: 'iban', label: 'IBAN', hint: 'Bijvoorbeeld NL91 ABNA 0417 1643 00', value: '' },
};
