// The lazy part `summary` of wmebv-form (lazy-parts.ts): what only a validation pass that finds
// errors needs, the error summary, the sentences of the errors (core's describeValidationErrors
// with the Dutch `validation` namespace, kept by DescribedErrors) and where the controls are for the
// summary's links (KeptControls). Asked for at the first render; `ready` waits for it.
import '../error-summary/error-summary.js';
import { describeValidationErrors, hasMessages, type FormDefinition, type SupportedLocale, type ValidationError } from '@wmebv/core';
import type { DescribedErrors as Described } from './described-errors.js';

export { describeValidationErrors };
// What a pass keeps between renders: the sentences described and where the controls are.
export { DescribedErrors } from './described-errors.js';
export { KeptControls } from './kept-controls.js';

/**
 * Describes and keeps in `described` the sentences of `errors` (the form's required questions left
 * unanswered, what a pass over an empty step shows): the form calls it while the page is idle
 * (docs/decisions.md), and the pass takes the sentences kept.
 */
export function prepareSentences(described: Described, form: FormDefinition, errors: readonly ValidationError[], locale: SupportedLocale): void {
  if (hasMessages(locale)) described.prepare(form, errors, locale, describeValidationErrors);
}
