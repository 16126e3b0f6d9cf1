import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessage, legalBasisGrounds } from '../../base/field.examples.js';
import { textOfLength } from './textarea.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface TextareaArgs extends FieldArgs {
  value: string;
  maxLength?: number;
  rows: number;
  autocomplete: string;
}

const GROUNDS = 'Waarom bent u het niet eens met het besluit?';

/**
 * A multi-line question: a native `<textarea>` in the light DOM. With `maxlength` a character
 * count says how many characters are left or too many (GOV.UK character count); text is never cut
 * off, the limit is checked when the user moves on.
 */
const meta: Meta<TextareaArgs> = {
  title: 'Fields/Textarea',
  component: 'wmebv-textarea',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-textarea
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    .maxLength=${args.maxLength}
    rows=${args.rows}
    autocomplete=${args.autocomplete}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-textarea>`,
  argTypes: {
    ...fieldArgTypes,
    value: { control: 'text', description: 'Initial text (attribute `value`); `form.reset()` returns to it.' },
    maxLength: {
      control: { type: 'number', min: 0 },
      description: 'Character limit shown by the count (attribute `maxlength`); never enforced by cutting off.',
    },
    rows: { control: { type: 'number', min: 1 }, description: 'Visible lines.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`street-address`, …).' },
  },
  args: {
    ...fieldDefaults,
    name: 'toelichting',
    label: 'Wilt u nog iets toelichten?',
    hint: 'Bijvoorbeeld wanneer wij u het beste kunnen bellen.',
    value: '',
    rows: 5,
    autocomplete: '',
    maxLength: 1000,
  },
};

export default meta;
type Story = StoryObj<TextareaArgs>;

/** Optional, with a character count: "U heeft nog 1000 tekens over." */
export const Empty: Story = {};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: {
    name: 'gronden',
    label: GROUNDS,
    hint: '',
    required: true,
    legalBasis: legalBasisGrounds,
    maxLength: 5000,
  },
};

export const Filled: Story = {
  args: {
    ...RequiredWithLegalBasis.args,
    value:
      'De dakkapel is aan de achterkant en vanaf de straat niet te zien.\n' +
      'Vijf huizen in dezelfde rij hebben al zo’n dakkapel.\n' +
      'De buren hebben geen bezwaar (zie hun brief).',
  },
};

/** Ten characters left: the count is the only signal; nothing is wrong yet. */
export const NearTheLimit: Story = {
  name: 'Near the limit',
  args: { ...RequiredWithLegalBasis.args, maxLength: 200, value: textOfLength(190) },
};

/**
 * Twelve characters too many: the count says so at once; the error is what core's validation says
 * when the user moves on. Nothing typed is cut off.
 */
export const OverTheLimit: Story = {
  name: 'Over the limit, with error',
  args: {
    ...RequiredWithLegalBasis.args,
    maxLength: 200,
    value: textOfLength(212),
    error: coreMessage('maxLength', GROUNDS, { max: 200, length: 212 }),
  },
};

export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('required', GROUNDS) },
};

export const Disabled: Story = {
  args: { ...Filled.args, disabled: true },
};

/** "(optional)", "You have 12 characters remaining." in English. */
export const English: Story = {
  args: {
    lang: 'en',
    name: 'buitenlandsAdres',
    label: 'Your address abroad',
    hint: 'Street, house number, postcode, town and country.',
    autocomplete: 'street-address',
    maxLength: 60,
    value: 'Rue de la Loi 16\n1000 Brussels\nBelgium',
  },
};
