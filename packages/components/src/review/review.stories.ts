import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { fn } from 'storybook/test';
import { dutchPage, storyOf } from '../base/field-controls.examples.js';
import { renderReview, reviewExamples as examples, type ReviewArgs } from './review.examples.js';

/**
 * "Controleer uw antwoorden" (terugtonen, Awb 2:17 lid 2; WCAG 3.3.4): every answer under the
 * step it was asked in, labelled as on the form, each with a "Wijzig" button whose accessible name
 * includes the question. The sections here are built by core's
 * `buildReview(definition, values, attachments, 'nl')` from the demo's objection form
 * (`demo/forms/bezwaarschrift.json`), exactly as wmebv-form builds them.
 */
const meta = {
  title: 'Form/Review',
  component: 'wmebv-review',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: renderReview,
  argTypes: {
    sections: { control: 'object', description: 'The answers, from core’s `buildReview` (property only).' },
    readonly: { control: 'boolean', description: 'No change buttons (as on the receipt).' },
    headingLevel: {
      control: { type: 'number', min: 2, max: 6 },
      description: 'Level of the section headings (attribute `heading-level`), to fit the page outline.',
    },
    emptyText: { control: 'text', description: 'Shown for an empty optional answer; unset: "Niet ingevuld".' },
    locale: {
      control: 'inline-radio',
      options: [undefined, 'nl', 'en'],
      description: 'Language of "Wijzig" and "Niet ingevuld"; unset: the nearest `lang`.',
    },
    lang: {
      control: 'inline-radio',
      options: ['nl', 'en'],
      description: 'HTML `lang` on the element (the language of the answers’ labels).',
      table: { category: 'HTML' },
    },
    onChangeRequest: {
      description: '`wmebv-change-request` event: `{ fieldId, stepId }` when a change button is pressed.',
      table: { category: 'Events' },
    },
  },
  args: { ...examples.DutchAddress.args, onChangeRequest: fn().mockName('wmebv-change-request') },
} satisfies Meta<ReviewArgs>;

export default meta;
type Story = StoryObj<ReviewArgs>;

export const DutchAddress: Story = { name: 'Dutch address', ...storyOf(examples.DutchAddress) };
export const Abroad: Story = storyOf(examples.Abroad);
export const Readonly: Story = storyOf(examples.Readonly);
export const English: Story = storyOf(examples.English);
