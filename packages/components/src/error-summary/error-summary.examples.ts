/**
 * Examples of `wmebv-error-summary`, written once: its stories are these (error-summary.stories.ts).
 * The summary is about two fields (a text field and the residence radios of radio-group.examples.ts),
 * with core's messages, as wmebv-form shows it.
 */
import { html, type TemplateResult } from 'lit';
import { coreMessage, legalBasisNameAddress } from '../base/field.examples.js';
import { examplesOf } from '../base/field-controls.examples.js';
import { residenceOptions, residenceOptionsEn } from '../fields/radio-group/radio-group.examples.js';

export interface ErrorSummaryArgs {
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
export function renderErrorSummary(args: ErrorSummaryArgs): TemplateResult {
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

export const errorSummaryExamples = examplesOf<ErrorSummaryArgs>()({
  TwoErrors: {
    description: 'Two errors, two links, in the order of the fields and with the same words as at the fields.',
    args: { heading: '', locale: '', language: 'nl' },
  },
  English: {
    description: '"There is a problem", the messages as core words them in English.',
    args: { heading: '', locale: '', language: 'en' },
  },
});
