import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, within } from 'storybook/test';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { errorSummaryExamples as examples, renderErrorSummary, type ErrorSummaryArgs } from './error-summary.examples.js';

/**
 * GOV.UK's error summary: "Er is een probleem" and one link per error, in the order of the fields,
 * with the same words as at the field. Following a link moves focus to the control (never
 * selecting a radio) and scrolls the question into view. It renders nothing while there are no errors.
 */
const meta: Meta<ErrorSummaryArgs> = {
  title: 'Feedback/Error summary',
  component: 'wmebv-error-summary',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: renderErrorSummary,
  argTypes: {
    heading: { control: 'text', description: 'The heading; empty: "Er is een probleem" / "There is a problem".' },
    locale: {
      control: 'inline-radio',
      options: ['', 'nl', 'en'],
      description: 'Language of the default heading; empty: the nearest `lang`.',
    },
    language: {
      control: 'inline-radio',
      options: ['nl', 'en'],
      description: 'Story only: language of the fields and messages (the `lang` around them).',
      table: { category: 'Story' },
    },
  },
  args: examples.TwoErrors.args,
};

export default meta;
type Story = StoryObj<ErrorSummaryArgs>;

/**
 * Two errors, two links. The play function follows both: the first focuses the "Naam" input, the
 * second the first radio without checking it.
 */
export const TwoErrors: Story = {
  name: 'Two errors, links to the fields',
  ...storyOf(examples.TwoErrors),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('link', { name: 'Vul een antwoord in bij "Naam".' }));
    await expect(canvas.getByRole('textbox', { name: 'Naam' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: 'Kies een antwoord bij "Waar woont u?".' }));
    const firstRadio = canvas.getByRole('radio', { name: 'In Nederland' });
    await expect(firstRadio).toHaveFocus();
    await expect(firstRadio).not.toBeChecked();
  },
};

export const English: Story = storyOf(examples.English);
