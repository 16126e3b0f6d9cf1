import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, within } from 'storybook/test';
import { dutchPage, storyOf } from '../../base/field-controls.examples.js';
import { fieldsetExamples as examples, renderFieldset, type FieldsetArgs } from './fieldset.examples.js';

/**
 * A group of questions that belong together: a `<fieldset>` with `label` as its legend. Its content
 * comes in through the `content` property (anything Lit renders), never as child elements: a light
 * DOM element replaces its children when it renders. The optional marker is on the legend only when
 * `optional` is set; otherwise each question carries its own. Every story is an example from
 * fieldset.examples.ts, which the tests mount too.
 */
const meta: Meta<FieldsetArgs> = {
  title: 'Fields/Fieldset',
  component: 'wmebv-fieldset',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: renderFieldset,
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
  args: examples.Empty.args,
};

export default meta;
type Story = StoryObj<FieldsetArgs>;

export const Empty: Story = {
  ...storyOf(examples.Empty),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('group', { name: 'Uw adres' })).toBeInTheDocument();
  },
};

export const Optional: Story = storyOf(examples.Optional);
export const Filled: Story = storyOf(examples.Filled);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
