import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, within } from 'storybook/test';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { checkboxGroupExamples as examples, renderCheckboxGroup, type CheckboxGroupArgs } from './checkbox-group.examples.js';

/**
 * Any number of answers out of a few: native checkboxes in a `<fieldset>` whose legend is the
 * question. Each ticked box submits its value under `name`; the value is a `string[]`. Focusing the
 * first box (from the error summary) never ticks it. Every story is an example from
 * checkbox-group.examples.ts, which the tests mount too.
 */
const meta: Meta<CheckboxGroupArgs> = {
  title: 'Fields/Checkbox group',
  component: 'wmebv-checkbox-group',
  tags: ['autodocs'],
  ...fieldMeta(renderCheckboxGroup, examples, {
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'object', description: 'Initially ticked values (attribute `value`: JSON array or comma-separated).' },
  }),
};

export default meta;
type Story = StoryObj<CheckboxGroupArgs>;

export const Empty: Story = {
  ...storyOf(examples.Empty),
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    await expect(boxes).toHaveLength(4);
    for (const box of boxes) await expect(box).not.toBeChecked();
  },
};

export const Filled: Story = storyOf(examples.Filled);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
