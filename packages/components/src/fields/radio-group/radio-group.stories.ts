import '@wmebv/components';
import type { Option } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessage, legalBasisNameAddress } from '../../base/field.examples.js';
import { residenceOptions, residenceOptionsEn } from './radio-group.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface RadioGroupArgs extends FieldArgs {
  options: Option[];
  value: string;
}

const RESIDENCE = 'Waar woont u?';

/**
 * One answer out of a few: native radios in a `<fieldset>` whose legend is the question. The
 * radios carry `name`, `value` and `required`, so a surrounding `<form>` submits them as plain radios.
 */
const meta: Meta<RadioGroupArgs> = {
  title: 'Fields/Radio group',
  component: 'wmebv-radio-group',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-radio-group
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    .options=${args.options}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-radio-group>`,
  argTypes: {
    ...fieldArgTypes,
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'text', description: 'Initially checked value (attribute `value`).' },
  },
  args: {
    ...fieldDefaults,
    name: 'horen',
    label: 'Wilt u uw bezwaar mondeling toelichten?',
    options: [
      { value: 'ja', label: 'Ja' },
      { value: 'nee', label: 'Nee' },
    ],
    value: '',
  },
};

export default meta;
type Story = StoryObj<RadioGroupArgs>;

export const Empty: Story = {};

export const WithHint: Story = {
  name: 'With hint',
  args: {
    name: 'woonland',
    label: RESIDENCE,
    hint: 'Woont u een deel van het jaar in het buitenland? Kies dan waar u ingeschreven staat.',
    options: residenceOptions,
  },
};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { ...WithHint.args, required: true, legalBasis: legalBasisNameAddress },
};

export const Filled: Story = {
  args: { ...RequiredWithLegalBasis.args, value: 'nl' },
};

export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('requiredChoice', RESIDENCE) },
};

export const Disabled: Story = {
  args: { ...Filled.args, disabled: true },
};

export const English: Story = {
  args: {
    lang: 'en',
    name: 'woonland',
    label: 'Where do you live?',
    options: residenceOptionsEn,
    required: true,
    legalBasis: legalBasisNameAddress,
  },
};
