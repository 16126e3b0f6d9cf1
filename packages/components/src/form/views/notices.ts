import { allFields, localize, type ValidationError } from '@wmebv/core';
import { html, nothing } from 'lit';
import type { ErrorSummaryItem } from '../../error-summary/error-summary.js';
import type { DescribedError } from '../described-errors.js';
import type { KeptControls } from '../kept-controls.js';
import { OUTCOME_TEXT, type FailedOutcome } from '../submission/outcomes.js';
import type { downloadProofOfAttempt, FailedAttempt } from '../submission/proof-of-attempt.js';
import type { FormContext } from './context.js';

/** Where each field's or declaration's element is (KeptControls). */
type ControlLookup = ReturnType<KeptControls['lookup']>;

/** What went wrong, as the form shows it above a step or the review. */
export interface Problems {
  /** The errors with their sentences (the same inline). */
  errors: readonly DescribedError[];
  /** The last send that gave no receipt, while it is being shown. */
  failure?: FailedOutcome;
  failedAttempt?: FailedAttempt;
  /** The `#id` an error summary entry links to (the field's or declaration's control). */
  hrefFor: (error: ValidationError) => string;
}

/**
 * The error summary (GOV.UK pattern) with a send failure's notice under it; or, when a send failed
 * without errors in the answers, the notice alone with its heading (focused), the support route and
 * the dated proof of attempt (Awb 2:21 lid 3).
 */
export function renderProblems(context: FormContext, problems: Problems): unknown {
  const { locale, t } = context;
  const entries = summaryEntries(problems);
  const outcome = problems.failure ? OUTCOME_TEXT[problems.failure.kind] : undefined;
  const notice = outcome ? t(outcome.notice) : undefined;
  if (notice && entries.length === 0) {
    return html`<div class="wmebv-form__notice" role="alert">
      <h2 class="wmebv-form__notice-heading" tabindex="-1">${t('form.sendFailedTitle')}</h2>
      <p>${notice}</p>
      ${outcome?.proofOfAttempt && problems.failedAttempt ? renderProofOfAttempt(context, problems.failedAttempt) : nothing}
    </div>`;
  }
  return html`<wmebv-error-summary .errors=${entries} locale=${locale}></wmebv-error-summary>
    ${notice && entries.length > 0 ? html`<p class="wmebv-form__notice-text">${notice}</p>` : nothing}`;
}

/** The summary's entries of the last render, per list of errors: the same array while nothing changed. */
const shownEntries = new WeakMap<readonly DescribedError[], ErrorSummaryItem[]>();

/**
 * The error summary's links and messages. While the errors and every link's target stay the same (an
 * answer typed while errors show), the previous array is given again, so the summary does not
 * render its links again.
 */
function summaryEntries({ errors, hrefFor }: Pick<Problems, 'errors' | 'hrefFor'>): ErrorSummaryItem[] {
  const entries = errors.map(({ error, message }) => ({ href: hrefFor(error), message }));
  const previous = shownEntries.get(errors);
  if (previous && previous.every((entry, index) => entry.href === entries[index]!.href)) return previous;
  shownEntries.set(errors, entries);
  return entries;
}

/** The `#id` of the control an error summary entry links to, found with a KeptControls lookup. */
export function summaryHref(lookup: ControlLookup, error: ValidationError): string {
  return `#${lookup(error.field, error.target === 'declaration' ? 'declaration' : 'field')?.controlId ?? ''}`;
}

/** The error summary's entries for `errors`, each linking to its control as `lookup` finds it. */
export function summaryLinksTo(errors: readonly DescribedError[], lookup: ControlLookup): ErrorSummaryItem[] {
  return summaryEntries({ errors, hrefFor: (error) => summaryHref(lookup, error) });
}

/** What the form could not load (load-failure.ts), and how often "Probeer opnieuw" failed since. */
export interface LoadFailureState {
  /** A part of the page (lazy-parts.ts), or the reading of the saved answers or receipt. */
  what: 'part' | 'session';
  failedRetries: number;
  onRetry: () => void;
}

/**
 * Instead of the page, when something it needs could not be loaded (offline, or a deploy removed
 * the old files): what happened, that the answers are kept (in the form and the session), and
 * "Probeer opnieuw", which loads it again. Each press that fails again adds or changes a sentence in
 * the alert ("Opnieuw geprobeerd (2 keer), maar het lukte niet."), so a screen reader hears every
 * failed attempt, not only the first (WCAG 2.2 SC 4.1.3); the button stays the same element, so
 * focus stays on it.
 */
export function renderLoadFailure({ t }: FormContext, { what, failedRetries, onRetry }: LoadFailureState): unknown {
  return html`<div class="wmebv-form__notice" role="alert">
    <h2 class="wmebv-form__notice-heading" tabindex="-1">${t(what === 'part' ? 'form.partFailedTitle' : 'form.sessionFailedTitle')}</h2>
    <p>${t(what === 'part' ? 'form.partFailedText' : 'form.sessionFailedText')}</p>
    ${failedRetries > 0 ? html`<p class="wmebv-form__notice-retry">${t('form.retryFailed', { count: failedRetries })}</p>` : nothing}
    <button type="button" class="wmebv-button" @click=${onRetry}>${t('form.retry')}</button>
  </div>`;
}

/** After a failed send: the support route and the dated proof of attempt (Awb 2:21 lid 3). */
function renderProofOfAttempt({ form, locale, t }: FormContext, attempt: FailedAttempt): unknown {
  const phone = form.organisation.support?.phone;
  return html`${
    phone ? html`<p class="wmebv-form__attempt-support"><a href="tel:${phone.replace(/[^+\d]/g, '')}">${t('form.phone', { phone })}</a></p>` : nothing
  }
    <p class="wmebv-form__attempt-hint">${t('attempt.downloadHint')}</p>
    <button type="button" class="wmebv-button wmebv-button--secondary" data-proof-of-attempt @click=${() => void downloadProof(form, attempt, locale)}>
      ${t('attempt.download')}
    </button>`;
}

/**
 * After a reload or back/forward: which files to choose again (files are never kept in the
 * browser's storage), each field with the names of the files chosen there before.
 */
export function renderReattach(
  { form, locale, t }: FormContext,
  fieldIds: readonly string[],
  fileNames: Readonly<Record<string, readonly string[]>> = {},
): unknown {
  if (fieldIds.length === 0) return nothing;
  const fields = allFields(form)
    .map(({ field }) => field)
    .filter((field) => fieldIds.includes(field.id))
    .map((field) => {
      const label = `"${'label' in field ? localize(field.label, locale) : field.id}"`;
      const names = fileNames[field.id] ?? [];
      return names.length > 0 ? `${label} (${names.join(', ')})` : label;
    });
  return html`<div class="wmebv-form__reattach" role="status">
    <p>${t('attempt.reattach', { fields: fields.join(', ') })}</p>
  </div>`;
}

/**
 * The proof of attempt's download, with the sender's-copy code it needs (after-steps.ts). Safe
 * unguarded: the button shows only with a failed attempt, which only a send in this page records
 * (`SubmissionController.send`, after its own import of that chunk resolved; never restored from
 * the session), so the module is in the page's module map and resolves without a request.
 */
async function downloadProof(...args: Parameters<typeof downloadProofOfAttempt>): Promise<void> {
  const proof = await import('../after-steps.js');
  proof.downloadProofOfAttempt(...args);
}
