import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { checkboxExamples as examples, renderCheckbox, type CheckboxArgs } from './checkbox.examples.js';

/**
 * A single yes/no question or declaration: one native checkbox with its label beside it. It submits
 * `value` under `name` only while ticked; required means it must be ticked. Every story is an
 * example from checkbox.examples.ts, which the tests mount too.
 */
const meta: Meta<CheckboxArgs> = {
  title: 'Fields/Checkbox',
  component: 'wmebv-checkbox',
  tags: ['autodocs'],
  ...fieldMeta(renderCheckbox, examples, {
    checked: { control: 'boolean', description: 'Initially ticked (attribute `checked`); the property `checked` is the current state.' },
    value: { control: 'text', description: 'What is submitted while ticked (default `on`).' },
  }),
};

export default meta;
type Story = StoryObj<CheckboxArgs>;

export const Empty: Story = {
  ...storyOf(examples.Empty),
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox');
    await userEvent.click(box);
    await expect(box).toBeChecked();
    await userEvent.click(box);
  },
};

export const Filled: Story = storyOf(examples.Filled);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
