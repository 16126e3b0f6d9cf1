/**
 * What every field story shares: the properties of `WmebvFieldElement` (the base of every field) as
 * Storybook controls, and the Dutch page every story sits on.
 */
import type { LegalBasis } from '@wmebv/core';
import type { ArgTypes, Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';

/** The base properties of every `wmebv-*` field, plus `lang` for the English stories. */
export interface FieldArgs {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  disabled: boolean;
  error: string;
  legalBasis?: LegalBasis;
  locale: string;
  /** HTML `lang` on the element itself: the field's own words follow the nearest `lang`. */
  lang?: string;
}

export const fieldDefaults: Pick<FieldArgs, 'hint' | 'required' | 'disabled' | 'error' | 'locale'> = {
  hint: '',
  required: false,
  disabled: false,
  error: '',
  locale: '',
};

export const fieldArgTypes: Partial<ArgTypes<FieldArgs>> = {
  name: { control: 'text', description: 'Name the value is submitted under.' },
  label: { control: 'text', description: 'The question, in the user’s language.' },
  hint: { control: 'text', description: 'Help text under the label.' },
  required: {
    control: 'boolean',
    description: 'Mandatory. Without it the label says “(niet verplicht)” (Awb 4:4 lid 2).',
  },
  disabled: { control: 'boolean', description: 'The control cannot be used; nothing is submitted.' },
  error: {
    control: 'text',
    description: 'Message shown at the field (set by whoever validates: wmebv-form with core). Empty: none.',
  },
  legalBasis: {
    control: 'object',
    description: 'Why a required field is required; shown under “Waarom vragen we dit?”. Attribute `legal-basis` (JSON).',
  },
  locale: {
    control: 'inline-radio',
    options: ['', 'nl', 'en'],
    description: 'Language of the field’s own words; empty: the nearest `lang`, then Dutch.',
  },
  lang: {
    control: 'inline-radio',
    options: [undefined, 'nl', 'en'],
    description: 'HTML `lang` on the element (not a property): marks the content’s language for screen readers and axe.',
    table: { category: 'HTML' },
  },
};

/** Every story sits on a Dutch page (the components are Dutch first; axe needs the language). */
export const dutchPage: Decorator = (story) => html`<div lang="nl">${story()}</div>`;
