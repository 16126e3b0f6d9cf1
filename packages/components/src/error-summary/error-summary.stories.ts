import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, userEvent, within } from 'storybook/test';
import { coreMessage, legalBasisNameAddress } from '../base/field.examples.js';
import { residenceOptions, residenceOptionsEn } from '../fields/radio-group/radio-group.examples.js';
import { dutchPage } from '../base/field-controls.examples.js';

interface ErrorSummaryArgs {
  heading: string;
  locale: string;
  /** Story only: the language of the fields and messages in the story. */
  language: 'nl' | 'en';
}

/**
 * Renders the summary above the two fields it is about. The links point at the fields' controls
 * (`#` + `controlId`), which are only known once the elements exist, so the fields are created
 * first and the summary is given their ids, as wmebv-form does.
 */
function renderWithFields(args: ErrorSummaryArgs): TemplateResult {
  const en = args.language === 'en';
  const nameLabel = en ? 'Name' : 'Naam';
  const residenceLabel = en ? 'Where do you live?' : 'Waar woont u?';
  const nameError = coreMessage('required', nameLabel, {}, args.language);
  const residenceError = coreMessage('requiredChoice', residenceLabel, {}, args.language);

  const name = Object.assign(document.createElement('wmebv-text-field'), {
    name: 'naam',
    label: nameLabel,
    autocomplete: 'name',
    required: true,
    legalBasis: legalBasisNameAddress,
    error: nameError,
  });
  const residence = Object.assign(document.createElement('wmebv-radio-group'), {
    name: 'woonland',
    label: residenceLabel,
    options: en ? residenceOptionsEn : residenceOptions,
    required: true,
    legalBasis: legalBasisNameAddress,
    error: residenceError,
  });
  const summary = Object.assign(document.createElement('wmebv-error-summary'), {
    heading: args.heading,
    locale: args.locale,
    errors: [
      { href: `#${name.controlId}`, message: nameError },
      { href: `#${residence.controlId}`, message: residenceError },
    ],
  });
  return html`<div lang=${args.language}>
    ${summary}
    <form novalidate>${name}${residence}</form>
  </div>`;
}

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
  render: renderWithFields,
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
  args: { heading: '', locale: '', language: 'nl' },
};

export default meta;
type Story = StoryObj<ErrorSummaryArgs>;

/**
 * Two errors, two links. The play function follows both: the first focuses the "Naam" input, the
 * second the first radio without checking it.
 */
export const TwoErrors: Story = {
  name: 'Two errors, links to the fields',
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

/** "There is a problem", the messages as core words them in English. */
export const English: Story = {
  args: { language: 'en' },
};
