// The lazy part `summary` of wmebv-form (lazy-parts.ts): what only a validation pass that finds
// errors needs, the error summary, the sentences of the errors (core's describeValidationErrors
// with the Dutch `validation` namespace, kept by DescribedErrors) and where the controls are for the
// summary's links (KeptControls). Asked for at the first render; `ready` waits for it.
import '../error-summary/error-summary.js';
import { describeValidationErrors, hasMessages, type FormDefinition, type SupportedLocale, type ValidationError } from '@wmebv/core';
import type { ErrorSummaryItem } from '../error-summary/error-summary.js';
import type { DescribedErrors as Described, ShownErrors } from './described-errors.js';
import type { KeptControls } from './kept-controls.js';

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

/** A field element that can show a message without an update (WmebvFieldElement.showError). */
type ShowsErrors = Element & { showError?(message: string): void };

/** What a pass written in place uses: what passes keep, the form, its language, and how the summary links. */
export interface InPlacePass {
  described: Described;
  controls: KeptControls;
  form: FormDefinition;
  locale: SupportedLocale;
  links: (errors: ShownErrors['list'], lookup: ReturnType<KeptControls['lookup']>) => ErrorSummaryItem[];
}

/**
 * Writes a validation pass that stays on its step in place (docs/decisions.md, D7): into each field
 * whose message changes from the errors `before` to `after`, its new message (none when it has none
 * now), straight into its kept nodes (WmebvFieldElement.showError), then the error summary's links
 * from the same sentences. A pass over an empty step shows dozens at once; this way no question and
 * not the step render for it. False, with the summary left as it is, when a field or the summary is
 * not there to write to: the form then renders the pass (and finds the fields written shown).
 */
export function showInPlace(root: Element, pass: InPlacePass, before: readonly ValidationError[], after: readonly ValidationError[]): boolean {
  const summary = root.querySelector('wmebv-error-summary');
  const [lookup, shown] = [
    pass.controls.lookup(),
    (errors: readonly ValidationError[]) => pass.described.of(pass.form, errors, pass.locale, describeValidationErrors),
  ];
  const [was, now] = [shown(before), shown(after)];
  let all = Boolean(summary);
  for (const id of new Set(summary ? [...was.byId.keys(), ...now.byId.keys()] : [])) {
    const message = now.byId.get(id) ?? '';
    if (message === was.byId.get(id)) continue;
    const field = lookup(id, 'field') as ShowsErrors | undefined;
    if (field?.showError) field.showError(message);
    else all = false;
  }
  if (all) summary!.errors = pass.links(now.list, lookup);
  return all;
}
