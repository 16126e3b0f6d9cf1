import '@wmebv/components';
import type { Option } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, within } from 'storybook/test';
import { coreMessage, legalBasisGrounds } from '../../base/field.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface CheckboxGroupArgs extends FieldArgs {
  options: Option[];
  value: string[];
}

const QUESTION = 'Waar gaat uw bezwaar over?';

const topics: Option[] = [
  { value: 'hoogte', label: { nl: 'De hoogte van het bedrag', en: 'The amount' } },
  { value: 'termijn', label: { nl: 'De termijn', en: 'The period' } },
  { value: 'voorwaarden', label: { nl: 'De voorwaarden', en: 'The conditions' } },
  { value: 'anders', label: { nl: 'Iets anders', en: 'Something else' } },
];

/**
 * Any number of answers out of a few: native checkboxes in a `<fieldset>` whose legend is the
 * question. Each ticked box submits its value under `name`; the value is a `string[]`. Focusing the
 * first box (from the error summary) never ticks it.
 */
const meta: Meta<CheckboxGroupArgs> = {
  title: 'Fields/Checkbox group',
  component: 'wmebv-checkbox-group',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-checkbox-group
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    .options=${args.options}
    .defaultValue=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-checkbox-group>`,
  argTypes: {
    ...fieldArgTypes,
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'object', description: 'Initially ticked values (attribute `value`: JSON array or comma-separated).' },
  },
  args: {
    ...fieldDefaults,
    name: 'onderwerp',
    label: QUESTION,
    hint: 'Kies alles wat van toepassing is.',
    options: topics,
    value: [],
  },
};

export default meta;
type Story = StoryObj<CheckboxGroupArgs>;

/** Optional: "(niet verplicht)" on the legend. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    await expect(boxes).toHaveLength(4);
    for (const box of boxes) await expect(box).not.toBeChecked();
  },
};

export const Filled: Story = {
  args: { value: ['hoogte', 'voorwaarden'] },
};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { required: true, legalBasis: legalBasisGrounds },
};

export const WithError: Story = {
  name: 'With error',
  args: { required: true, legalBasis: legalBasisGrounds, error: coreMessage('requiredChoice', QUESTION) },
};

export const Disabled: Story = {
  args: { value: ['termijn'], disabled: true },
};

export const English: Story = {
  args: { lang: 'en', label: 'What is your objection about?', hint: 'Select all that apply.' },
};
