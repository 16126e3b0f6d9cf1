import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { renderTextarea, textareaExamples as examples, type TextareaArgs } from './textarea.examples.js';

/**
 * A multi-line question: a native `<textarea>` in the light DOM. With `maxlength` a character
 * count says how many characters are left or too many (GOV.UK character count); text is never cut
 * off, the limit is checked when the user moves on. Every story is an example from
 * textarea.examples.ts, which the tests mount too.
 */
const meta: Meta<TextareaArgs> = {
  title: 'Fields/Textarea',
  component: 'wmebv-textarea',
  tags: ['autodocs'],
  ...fieldMeta(renderTextarea, examples, {
    value: { control: 'text', description: 'Initial text (attribute `value`); `form.reset()` returns to it.' },
    maxLength: {
      control: { type: 'number', min: 0 },
      description: 'Character limit shown by the count (attribute `maxlength`); never enforced by cutting off.',
    },
    rows: { control: { type: 'number', min: 1 }, description: 'Visible lines.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`street-address`, …).' },
  }),
};

export default meta;
type Story = StoryObj<TextareaArgs>;

export const Empty: Story = storyOf(examples.Empty);
export const RequiredWithLegalBasis: Story = { name: 'Required with legal basis', ...storyOf(examples.RequiredWithLegalBasis) };
export const Filled: Story = storyOf(examples.Filled);
export const NearTheLimit: Story = { name: 'Near the limit', ...storyOf(examples.NearTheLimit) };
export const OverTheLimit: Story = { name: 'Over the limit, with error', ...storyOf(examples.OverTheLimit) };
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
