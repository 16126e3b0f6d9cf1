import '@wmebv/components';
import type { Option } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface SelectArgs extends FieldArgs {
  options: Option[];
  value: string;
  autocomplete: string;
}

const COUNTRY = 'In welk land woont u?';

/** A few countries, as a definition would list them (a select suits long lists; radios short ones). */
const countries: Option[] = [
  { value: 'NL', label: { nl: 'Nederland', en: 'The Netherlands' } },
  { value: 'BE', label: { nl: 'België', en: 'Belgium' } },
  { value: 'DE', label: { nl: 'Duitsland', en: 'Germany' } },
  { value: 'FR', label: { nl: 'Frankrijk', en: 'France' } },
  { value: 'XX', label: { nl: 'Een ander land', en: 'Another country' } },
];

/**
 * One answer out of a long list: a native `<select>` in the light DOM. Its first choice is always
 * empty, so nothing is chosen by itself: "Geen antwoord" on an optional select (a visible way back
 * to no answer), "Kies een antwoord" on a required one.
 */
const meta: Meta<SelectArgs> = {
  title: 'Fields/Select',
  component: 'wmebv-select',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-select
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    .options=${args.options}
    autocomplete=${args.autocomplete}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-select>`,
  argTypes: {
    ...fieldArgTypes,
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'text', description: 'Initially chosen value (attribute `value`); `form.reset()` returns to it.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`country`, `country-name`, …).' },
  },
  args: {
    ...fieldDefaults,
    name: 'land',
    label: COUNTRY,
    hint: 'Het land waar u staat ingeschreven.',
    options: countries,
    value: '',
    autocomplete: 'country',
  },
};

export default meta;
type Story = StoryObj<SelectArgs>;

/** Optional: "(niet verplicht)" after the label, and a visible "Geen antwoord" choice. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox');
    await expect(select).toHaveValue('');
    await expect(within(canvasElement).getByRole('option', { name: 'Geen antwoord' })).toBeInTheDocument();
  },
};

export const Filled: Story = {
  args: { value: 'BE' },
};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { required: true, legalBasis: legalBasisNameAddress },
};

export const WithError: Story = {
  name: 'With error',
  args: { required: true, legalBasis: legalBasisNameAddress, error: coreMessage('requiredChoice', COUNTRY) },
};

export const Disabled: Story = {
  args: { value: 'NL', disabled: true },
};

export const English: Story = {
  args: {
    lang: 'en',
    label: 'Which country do you live in?',
    hint: 'The country where you are registered.',
  },
};
