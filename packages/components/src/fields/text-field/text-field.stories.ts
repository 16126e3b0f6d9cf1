import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { fieldMeta, storyOf } from '../../base/field-controls.examples.js';
import { renderTextField, textFieldExamples as examples, type TextFieldArgs } from './text-field.examples.js';
import type { TextFieldType } from './text-field.js';

/**
 * A one-line question: a native `<input>` in the light DOM with a label, hint, error and, for a
 * required field, why it is required. Types `text`, `email`, `tel`, `postcode`, `number`, `bsn`,
 * `kvk`, `iban` and `kenteken` (all but email and tel are `type="text"` with the right keyboard, GOV.UK style).
 * Every story is an example from text-field.examples.ts, which the tests mount too.
 */
const meta: Meta<TextFieldArgs> = {
  title: 'Fields/Text field',
  component: 'wmebv-text-field',
  tags: ['autodocs'],
  ...fieldMeta(renderTextField, examples, {
    type: {
      control: 'inline-radio',
      options: ['text', 'email', 'tel', 'postcode', 'number', 'bsn', 'kvk', 'iban', 'kenteken'] satisfies TextFieldType[],
      description: 'Kind of input; `postcode` is sized for a Dutch postcode and gets `autocomplete="postal-code"`.',
    },
    value: { control: 'text', description: 'Initial value (attribute `value`); `form.reset()` returns to it.' },
    autocomplete: { control: 'text', description: 'HTML autocomplete token (`name`, `email`, `tel`, …).' },
  }),
};

export default meta;
type Story = StoryObj<TextFieldArgs>;

export const Empty: Story = storyOf(examples.Empty);

/** The play function opens "Waarom vragen we dit?", so that the story's axe check covers the citation and its link too. */
export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  ...storyOf(examples.RequiredWithLegalBasis),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByText('Waarom vragen we dit?'));
    // The content is rendered when the disclosure opens (issue 16): wait for it.
    await expect(await canvas.findByText('Dit is verplicht volgens artikel 6:5 lid 1 onder a Awb.')).toBeVisible();
    await expect(await canvas.findByRole('link', { name: /Lees artikel 6:5 lid 1 onder a Awb/ })).toBeVisible();
  },
};

export const Filled: Story = storyOf(examples.Filled);
export const WithError: Story = { name: 'With error', ...storyOf(examples.WithError) };
export const PostcodeWithError: Story = { name: 'Postcode with error', ...storyOf(examples.PostcodeWithError) };
export const Postcode: Story = storyOf(examples.Postcode);
export const Email: Story = storyOf(examples.Email);
export const Telephone: Story = storyOf(examples.Telephone);
export const Disabled: Story = storyOf(examples.Disabled);
export const English: Story = storyOf(examples.English);
export const EnglishWithError: Story = { name: 'English with error', ...storyOf(examples.EnglishWithError) };
export const NumberInput: Story = { name: 'Number', ...storyOf(examples.NumberInput) };
export const Bsn: Story = { name: 'BSN', ...storyOf(examples.Bsn) };
export const Kvk: Story = { name: 'KvK-nummer', ...storyOf(examples.Kvk) };
export const Iban: Story = { name: 'IBAN', ...storyOf(examples.Iban) };
