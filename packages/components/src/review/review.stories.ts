import '@wmebv/components';
import type { ReviewSection } from '@wmebv/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { fn } from 'storybook/test';
import { objectionValuesAbroad, objectionValuesNl } from '../form/form.examples.js';
import { objectionReview } from './review.examples.js';
import { dutchPage } from '../base/field-controls.examples.js';

interface ReviewArgs {
  sections: ReviewSection[];
  readonly: boolean;
  headingLevel: number;
  emptyText?: string;
  locale?: string;
  lang?: string;
  onChangeRequest: (event: Event) => void;
}

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
  render: (args) => html`<wmebv-review
    .sections=${args.sections}
    ?readonly=${args.readonly}
    heading-level=${args.headingLevel}
    empty-text=${ifDefined(args.emptyText)}
    locale=${ifDefined(args.locale)}
    lang=${args.lang ?? 'nl'}
    @wmebv-change-request=${args.onChangeRequest}
  ></wmebv-review>`,
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
  args: {
    sections: objectionReview(objectionValuesNl, 'nl'),
    readonly: false,
    headingLevel: 3,
    onChangeRequest: fn().mockName('wmebv-change-request'),
  },
} satisfies Meta<ReviewArgs>;

export default meta;
type Story = StoryObj<ReviewArgs>;

/**
 * Someone living in the Netherlands: street, postcode and town are asked and shown; the date as
 * "2 april 2026", files with their sizes, the grounds line by line, "Telefoonnummer" empty
 * ("Niet ingevuld").
 */
export const DutchAddress: Story = {
  name: 'Dutch address',
};

/** Someone living abroad: the Dutch address questions were hidden, so they are not in the review at all. */
export const Abroad: Story = {
  args: { sections: objectionReview(objectionValuesAbroad, 'nl') },
};

/** Without change buttons, as the receipt shows what was sent. */
export const Readonly: Story = {
  args: { readonly: true },
};

export const English: Story = {
  args: { sections: objectionReview(objectionValuesNl, 'en'), lang: 'en' },
};
