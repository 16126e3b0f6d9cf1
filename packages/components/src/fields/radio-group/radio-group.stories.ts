import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { radioGroupExamples as examples, renderRadioGroup, type RadioGroupArgs } from './radio-group.examples.js';

/**
 * One answer out of a few: native radios in a `<fieldset>` whose legend is the question. The
 * radios carry `name`, `value` and `required`, so a surrounding `<form>` submits them as plain radios.
 * Every story is an example from radio-group.examples.ts, which the tests mount too.
 */
const meta: Meta<RadioGroupArgs> = {
  title: 'Fields/Radio group',
  component: 'wmebv-radio-group',
  tags: ['autodocs'],
  ...fieldMeta(renderRadioGroup, examples, {
    options: { control: 'object', description: 'The answers: `{ value, label }` (attribute `options`: JSON).' },
    value: { control: 'text', description: 'Initially checked value (attribute `value`).' },
  }),
};

export default meta;
type Story = StoryObj<RadioGroupArgs>;

export const Empty: Story = storyOf(examples.Empty);
export const WithHint: Story = { name: 'With hint', ...storyOf(examples.WithHint) };
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const Filled: Story = storyOf(examples.Filled);
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
