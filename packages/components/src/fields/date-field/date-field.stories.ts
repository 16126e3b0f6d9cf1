import '@wmebv/components';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { coreMessage, legalBasisDecision } from '../../base/field.examples.js';
import { dutchPage, fieldArgTypes, fieldDefaults, type FieldArgs } from '../../base/field-controls.examples.js';

interface DateFieldArgs extends FieldArgs {
  value: string;
  autocomplete: string;
}

const DECISION_DATE = 'Datum van het besluit';

/**
 * A date as three inputs, Dag / Maand / Jaar, in a `<fieldset>` whose legend is the question
 * (GOV.UK date input). Form-associated: submits `YYYY-MM-DD` under its `name`. An impossible date
 * stays as typed (`2026-04-31`) for core's validation to reject; with `error` set, only the wrong
 * part is marked invalid and the error summary link goes to it.
 */
const meta: Meta<DateFieldArgs> = {
  title: 'Fields/Date field',
  component: 'wmebv-date-field',
  tags: ['autodocs'],
  decorators: [dutchPage],
  render: (args) => html`<wmebv-date-field
    name=${args.name}
    label=${args.label}
    hint=${args.hint}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${args.error}
    .legalBasis=${args.legalBasis}
    autocomplete=${args.autocomplete}
    value=${args.value}
    locale=${args.locale}
    lang=${ifDefined(args.lang)}
  ></wmebv-date-field>`,
  argTypes: {
    ...fieldArgTypes,
    value: { control: 'text', description: 'Initial value, `YYYY-MM-DD` (attribute `value`); fills the three parts.' },
    autocomplete: {
      control: 'inline-radio',
      options: ['', 'bday'],
      description: '`bday` gives the parts `bday-day`, `bday-month`, `bday-year`.',
    },
  },
  args: {
    ...fieldDefaults,
    name: 'datumBesluit',
    label: DECISION_DATE,
    hint: 'De datum bovenaan de brief, bijvoorbeeld 15 3 2026.',
    value: '',
    autocomplete: '',
  },
};

export default meta;
type Story = StoryObj<DateFieldArgs>;

export const Empty: Story = {};

export const RequiredWithLegalBasis: Story = {
  name: 'Required with legal basis',
  args: { required: true, legalBasis: legalBasisDecision },
};

export const Filled: Story = {
  args: { ...RequiredWithLegalBasis.args, value: '2026-04-02' },
};

/**
 * 31-04-2026 does not exist (April has 30 days). The parts stay as typed; core's message; only
 * "Dag" is marked invalid, and it is where the error summary would link to.
 */
export const ImpossibleDate: Story = {
  name: 'Impossible date (31-04-2026)',
  args: { ...RequiredWithLegalBasis.args, value: '2026-04-31', error: coreMessage('date', DECISION_DATE) },
};

/** Nothing filled in for a required date: every part is marked. */
export const WithError: Story = {
  name: 'With error',
  args: { ...RequiredWithLegalBasis.args, error: coreMessage('requiredDate', DECISION_DATE) },
};

export const Disabled: Story = {
  args: { ...Filled.args, disabled: true },
};

/** "Day", "Month", "Year" and "(optional)" in English. */
export const English: Story = {
  args: {
    lang: 'en',
    label: 'Date of the decision',
    hint: 'The date at the top of the letter, for example 15 3 2026.',
    value: '2026-03-16',
  },
};
