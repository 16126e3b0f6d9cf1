import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, within } from 'storybook/test';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { renderSelect, selectExamples as examples, type SelectArgs } from './select.examples.js';

/**
 * One answer out of a long list: a native `<select>` in the light DOM. Its first choice is always
 * empty, so nothing is chosen by itself: "Geen antwoord" on an optional select (a visible way back
 * to no answer), "Kies een antwoord" on a required one. Every story is an example from
 * select.examples.ts, which the tests mount too.
 */
const meta: Meta<SelectArgs> = {
  title: 'Fields/Select',
  component: 'wmebv-select',
  tags: ['autodocs'],
  ...fieldMeta(renderSelect, examples, {
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'text', description: 'Initially chosen value (attribute `value`); `form.reset()` returns to it.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`country`, `country-name`, …).' },
  }),
};

export default meta;
type Story = StoryObj<SelectArgs>;

export const Empty: Story = {
  ...storyOf(examples.Empty),
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox');
    await expect(select).toHaveValue('');
    await expect(within(canvasElement).getByRole('option', { name: 'Geen antwoord' })).toBeInTheDocument();
  },
};

export const Filled: Story = storyOf(examples.Filled);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
