import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { dateFieldExamples as examples, renderDateField, type DateFieldArgs } from './date-field.examples.js';

/**
 * A date as three inputs, Dag / Maand / Jaar, in a `<fieldset>` whose legend is the question
 * (GOV.UK date input). Form-associated: submits `YYYY-MM-DD` under its `name`. An impossible date
 * stays as typed (`2026-04-31`) for core's validation to reject; with `error` set, only the wrong
 * part is marked invalid and the error summary link goes to it. Every story is an example from
 * date-field.examples.ts, which the tests mount too.
 */
const meta: Meta<DateFieldArgs> = {
  title: 'Fields/Date field',
  component: 'wmebv-date-field',
  tags: ['autodocs'],
  ...fieldMeta(renderDateField, examples, {
    value: { control: 'text', description: 'Initial value, `YYYY-MM-DD` (attribute `value`); fills the three parts.' },
    autocomplete: {
      control: 'inline-radio',
      options: ['', 'bday'],
      description: '`bday` gives the parts `bday-day`, `bday-month`, `bday-year`.',
    },
  }),
};

export default meta;
type Story = StoryObj<DateFieldArgs>;

export const Empty: Story = storyOf(examples.Empty);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const Filled: Story = storyOf(examples.Filled);
export const ImpossibleDate: Story = { name: 'Impossible date (31-04-2026)', ...storyOf(examples.ImpossibleDate) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
