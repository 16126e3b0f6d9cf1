import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { dutchPage } from '../../base/field-controls.examples.js';

interface FieldsetArgs {
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

/**
 * A group of questions that belong together: a `<fieldset>` with `label` as its legend. Its content
 * comes in through the `content` property (anything Lit renders), never as child elements: a light
 * DOM element replaces its children when it renders. The optional marker is on the legend only when
 * `optional` is set; otherwise each question carries its own.
 */
const meta: Meta<FieldsetArgs> = {
  title: 'Fields/Fieldset',
  component: 'wmebv-fieldset',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => {
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
  },
  argTypes: {
    label: { control: 'text', description: 'The legend.' },
    hint: { control: 'text', description: 'Help text under the legend; describes the fieldset.' },
    optional: { control: 'boolean', description: 'Adds “(niet verplicht)” to the legend (when every question in it is optional).' },
    locale: { control: 'inline-radio', options: ['', 'nl', 'en'], description: 'Language of the marker.' },
    requiredFields: { control: 'boolean', table: { category: 'Story' } },
    errors: { control: 'boolean', table: { category: 'Story' } },
    filled: { control: 'boolean', table: { category: 'Story' } },
    disabled: { control: 'boolean', table: { category: 'Story' } },
  },
  args: {
    label: 'Uw adres',
    hint: 'Het adres waar u staat ingeschreven.',
    optional: false,
    locale: '',
    requiredFields: false,
    errors: false,
    filled: false,
    disabled: false,
  },
};

export default meta;
type Story = StoryObj<FieldsetArgs>;

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: 'Uw adres' })).toBeInTheDocument();
  },
};

/** Every question in it is optional: the legend says so once. */
export const Optional: Story = {
  args: { label: 'Adres in het buitenland', optional: true, hint: '' },
};

export const Filled: Story = {
  args: { filled: true },
};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { requiredFields: true },
};

export const WithError: Story = {
  name: 'With error',
  args: { requiredFields: true, errors: true },
};

export const Disabled: Story = {
  args: { filled: true, disabled: true },
};

export const English: Story = {
  args: { lang: 'en', label: 'Your address', hint: 'The address where you are registered.' },
};
