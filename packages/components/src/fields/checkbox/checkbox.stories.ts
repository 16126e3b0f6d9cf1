import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import { coreMessage, legalBasisAuthorisation } from '../../base/field.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface CheckboxArgs extends FieldArgs {
  checked: boolean;
  value: string;
}

const DECLARATION = 'Ik maak bezwaar namens iemand anders en heb een machtiging';

/**
 * A single yes/no question or declaration: one native checkbox with its label beside it. It submits
 * `value` under `name` only while ticked; required means it must be ticked.
 */
const meta: Meta<CheckboxArgs> = {
  title: 'Fields/Checkbox',
  component: 'wmebv-checkbox',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-checkbox
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    ?checked=${args.checked}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-checkbox>`,
  argTypes: {
    ...fieldArgTypes,
    checked: { control: 'boolean', description: 'Initially ticked (attribute `checked`); the property `checked` is the current state.' },
    value: { control: 'text', description: 'What is submitted while ticked (default `on`).' },
  },
  args: {
    ...fieldDefaults,
    name: 'nieuwsbrief',
    label: 'Stuur mij bericht als mijn bezwaar in behandeling is genomen',
    hint: 'Per e-mail, op het adres dat u hierboven gaf.',
    checked: false,
    value: 'ja',
  },
};

export default meta;
type Story = StoryObj<CheckboxArgs>;

/** Optional: "(niet verplicht)" after the label. Space ticks it. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox');
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await userEvent.click(box);
  },
};

export const Filled: Story = {
  args: { checked: true },
};

/** Required: must be ticked; "Waarom vragen we dit?" names Awb 2:1 lid 2. */
export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { name: 'machtiging', label: DECLARATION, hint: '', required: true, legalBasis: legalBasisAuthorisation },
};

export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('requiredDeclaration', DECLARATION) },
};

export const Disabled: Story = {
  args: { checked: true, disabled: true },
};

export const English: Story = {
  args: {
    lang: 'en',
    label: 'Tell me when my objection is being dealt with',
    hint: 'By email, at the address you gave above.',
  },
};
