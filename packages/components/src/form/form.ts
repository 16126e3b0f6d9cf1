import {
  checkPosition,
  getTranslator,
  atReview,
  startPosition,
  type FlowMove,
  type FormDefinition,
  type ValidationError,
  type ValuesResult,
  nlForm,
  nlMessageType,
  provideMessages,
} from '@wmebv/core';
import { html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { WmebvElement } from '../base/element.js';
import { DefinitionLoad } from './definition-load.js';
import { fieldPartsOf, LazyParts } from './lazy-parts.js';
import { LoadFailure } from './load-failure.js';
import css from './form.css?inline';
import { instanceOf } from './instance.js';
import { ClearRequest } from './clear-request.js';
import { PageRestore } from './page-restore.js';
import { PageFocus, type FocusTarget } from './page-focus.js';
import { FormActions } from './page-actions.js';
import { IdlePreparation } from './idle-preparation.js';
import { ValidationPass } from './validation-pass.js';
import { settleChildren } from './ready-signal.js';
import { ProgressController } from './progress-controller.js';
import { FormSession } from './session-store.js';
import { SubmissionController } from './submission/submission-controller.js';
import * as views from './views/index.js';
import type { FormContext } from './views/index.js';

// The Dutch words this element speaks; its parts bring their own (the deadline hint, a failed
// send's notices, the review and receipt), other languages arrive whole with loadMessages
// (base/element.ts).
provideMessages('nl', { form: nlForm, messageType: nlMessageType });

export type { DefinitionErrorDetail, ReadyDetail } from '../events.js';

let formCount = 0;

/**
 * A whole Wmebv form from a definition: its steps, the check-your-answers step with the
 * declarations, sending, and the receipt. The element wires the parts: the flow (core's `flow/`:
 * where the user is and which errors show where), the session store, the submission controller and
 * the views (`views/`).
 *
 * - Validation happens when the user moves on (next, send), never while typing; errors show in an
 *   error summary that takes focus and inline, with the same words (GOV.UK pattern).
 * - Focus moves to the new step's heading on every step change; `document.title` names the step,
 *   prefixed "Fout: " while errors are shown (WCAG 2.2 SC 2.4.2, 3.3.1).
 * - Help, the privacy statement and the accessibility statement are in the same place on every
 *   step (WCAG 2.2 SC 3.2.6; Awb 2:1 lid 1).
 * - Answers live in `sessionStorage` only and are cleared after sending and by "Wis mijn gegevens" (AVG).
 * - A definition with parse or rule errors is never rendered: the citizen sees that the form is
 *   unavailable with the support route; developers get the findings on the console and as an event.
 * - `ready` and `wmebv-ready` say when a definition is rendered; `checkValidity()` and
 *   `reportValidity()` work as on a native `<form>`.
 *
 * @element wmebv-form
 * @attr src - URL of the definition JSON (or set the `definition` property)
 * @prop {unknown} definition - the definition, as an object or JSON text
 * @attr action - URL of the intake endpoint (`POST /api/forms/:formId/submissions`)
 * @attr receipt-keys - URL of the JWK Set to check receipts with; defaults to `/api/receipt-key`
 *   next to an `action` of the form `…/api/forms/:formId/submissions`
 * @attr outages - URL of the outage notices JSON; shows `wmebv-outage-banner` above the form (Awb 2:21)
 * @fires wmebv-definition-error - {@link DefinitionErrorDetail} when the definition is not usable
 * @fires wmebv-ready - {@link ReadyDetail} once a definition is rendered, every field included
 * @fires wmebv-submitted - `{ receipt }` after the intake endpoint confirmed receipt
 * @cssproperty --wmebv-border-color - the deadline hint's bar, in `views/deadline-hint.css` (adopted with its lazy part)
 * @cssproperty --wmebv-outage-color - the deadline hint's bar once the period seems to have passed
 */
@customElement('wmebv-form')
export class WmebvForm extends WmebvElement {
  static override lightStyles = [css];

  @property({ attribute: false }) definition?: unknown;
  @property() src?: string;
  @property() action?: string;
  @property({ attribute: 'receipt-keys' }) receiptKeys?: string;
  /** URL of the outage notices document (`OutageNotices`), shown in a banner above the form. */
  @property() outages?: string;

  /** Errors being shown: only set when the user moves on (`showInPlace` without a render). */
  @state() private get errors(): ValidationError[] {
    return this.shownErrors;
  }
  private set errors(errors: ValidationError[]) {
    this.shownErrors = errors;
  }
  private shownErrors: ValidationError[] = [];

  /** The definition shown, loaded anew for every `definition` or `src` (`definition-load.ts`). */
  private readonly loading = new DefinitionLoad(this);
  private readonly submission = new SubmissionController(this);
  /** Where the user is, what they answered and agreed to, the files (`progress-controller.ts`). */
  private readonly progress = new ProgressController(this, this.submission);
  private readonly uid = `wmebv-form-${++formCount}`;
  private readonly pageFocus = new PageFocus(this, () => this.pageTitle());
  private readonly clearRequest = new ClearRequest(this, this.pageFocus, () => {
    this.moveTo({ position: startPosition(), errors: [] });
    this.progress.clear(this.form!); // after the move, which saves
  });
  /** What the page's controls do: next, back, answers, "Wijzig", "Verstuur" (`page-actions.ts`). */
  private readonly actions = new FormActions({
    element: this,
    progress: this.progress,
    submission: this.submission,
    pageFocus: this.pageFocus,
    clearRequest: this.clearRequest,
    moveTo: (move, focus, keepFailure) => this.moveTo(move, focus, keepFailure),
    clearErrors: () => (this.errors = []),
  });
  /** Back from the back/forward cache after a send or a wipe: show what the session holds. */
  private readonly pageRestore = new PageRestore(this, () => {
    if (this.form) this.progress.restoredFromCache(this.form, () => (this.errors = []));
  });
  private readonly parts = new LazyParts(this);
  /** Instead of the page, a part that did not load, with "Probeer opnieuw" (load-failure.ts). */
  private readonly loadFailure = new LoadFailure(this, this.parts, this.progress, () =>
    this.pageFocus.after(this.submission.sent ? 'receipt' : 'heading'),
  );
  /** What validation passes keep, ready and write in place (D2, D7). */
  private readonly pass = new ValidationPass(this, this.parts);
  /** What the next validation pass uses, readied while the page is idle after each render. */
  private readonly preparation = new IdlePreparation(this, () => this.prepareValidation());

  /**
   * Resolves once the definition is rendered, every field included (as `wmebv-ready` fires); a new
   * `definition` or `src` starts a new wait. Rejects with core's `DefinitionError` (`findings`)
   * when the definition is not usable or not fetched.
   */
  get ready(): Promise<void> {
    return this.isUpdatePending // a definition just set starts loading in the coming update
      ? this.updateComplete.then(() => this.loading.signal.promise)
      : this.loading.signal.promise;
  }

  /**
   * Whether the step's answers have no errors (on the check-your-answers step: whether sending would
   * go through), showing nothing. False without a usable definition; true after sending.
   */
  checkValidity(): boolean {
    return this.validity()?.errors.length === 0;
  }

  /**
   * Checks as `checkValidity()` and shows it as a submit does: the error summary (focused), each
   * field's message, "Fout: " in `document.title` (WCAG 2.2 SC 3.3.1, 2.4.2); on the review, the
   * first error's step as "Verstuur". Without errors it removes those shown and never moves on.
   */
  reportValidity(): boolean {
    const move = this.validity();
    if (move?.errors.length) this.moveTo(move);
    else if (move && this.errors.length > 0) this.errors = [];
    return move?.errors.length === 0;
  }

  private validity(): FlowMove | undefined {
    const { position, declarations } = this.progress.state;
    return this.submission.sent ? { position, errors: [] } : this.form && checkPosition(this.form, position, this.answers, declarations);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    // with the lazy parts and the elements inside
    let done = await super.getUpdateComplete();
    for (let round = 0; round < 3 && (this.parts.loading || this.isUpdatePending); round++) {
      await this.parts.settled();
      done = await super.getUpdateComplete();
    }
    return done && (await settleChildren(this), !this.isUpdatePending);
  }

  private get context(): FormContext | undefined {
    const locale = this.currentLocale();
    return this.form && { form: this.form, locale, t: getTranslator(locale), uid: this.uid };
  }

  /** The page's title: the step, review or receipt, then the form; "Fout: " first while errors show. */
  private pageTitle(): string | undefined {
    const [context, { position }] = [this.context, this.progress.state];
    return context && views.pageTitle(context, { sent: this.submission.sent?.receipt, position }, this.errors.length > 0);
  }

  private get form(): FormDefinition | undefined {
    return this.loading.form;
  }

  private get answers(): ValuesResult {
    return this.progress.answers(this.form!);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!changed.has('definition') && !changed.has('src')) return;
    void this.loading.load(
      { definition: this.definition, src: this.src },
      (definition) => {
        this.progress.restore(definition, this.sessionOf(definition));
        this.errors = [];
        // The error summary and the errors' sentences show nothing before a validation pass: they load
        // beside the first render and the linter, not before them, and `ready` (through
        // updateComplete) waits for them. Their arrival renders nothing: the element upgrades itself.
        void this.parts.preload(['summary']);
      },
      // Its field elements, before the first render: a form without date or file questions loads no
      // date or file code. Beside them, the reading of a saved session, when there is one to read.
      async (definition) => {
        await Promise.all([
          this.parts.preload([...fieldPartsOf(definition), ...(definition.deadline ? (['deadline'] as const) : [])]),
          this.sessionOf(definition).whenParsable(),
        ]);
      },
    );
  }

  /** The session of `definition` in this element (the same form twice on a page: `instance.ts`). */
  private sessionOf(definition: FormDefinition): FormSession {
    const source = (el: WmebvForm) => ({ form: el === this ? definition : el.form, definition: el.definition, src: el.src });
    return new FormSession(definition, instanceOf(this, WmebvForm, source));
  }

  // ---- moving --------------------------------------------------------------------------------

  /**
   * Shows the outcome of a flow move: the new position with its errors, focus on what matters. A
   * move without errors also ends the notice of a failed send, unless `keepFailure`.
   */
  private moveTo(move: FlowMove, focus: FocusTarget = 'heading', keepFailure = false): void {
    if (move.errors.length === 0 && !keepFailure) this.submission.dismiss();
    if (move.errors.length > 0 && this.showInPlace(move)) return;
    this.clearRequest.cleared = false;
    this.errors = move.errors;
    this.pageFocus.after(move.errors.length > 0 ? 'problem' : focus);
    // Staying on the step (a pass with errors) changes no progress: nothing to save again.
    if (move.position !== this.progress.state.position) this.progress.change({ position: move.position });
  }

  /**
   * Readies the next validation pass while the page is idle (IdlePreparation): the sentences of the
   * required questions, the answers checked, and where the step's controls are, for the summary's
   * links. The pass takes these.
   */
  private prepareValidation(): void {
    const form = this.form;
    if (!form || this.submission.sent) return;
    void this.answers;
    this.pass.prepare(form, this.currentLocale(), this.progress.state.position);
  }

  /**
   * A pass that stays on its step, written in place (D7, summary-part.ts): messages, the summary's
   * links, title and focus, without a render. False when a render must change more (a send's
   * notice, the wipe question, another step): it renders then.
   */
  private showInPlace(move: FlowMove): boolean {
    const [form, { position }] = [this.form, this.progress.state];
    if (!form || move.position !== position || atReview(form, position) || this.isUpdatePending || this.clearRequest.cleared) return false;
    if (this.submission.failure || !this.pass.inPlace(form, this.currentLocale(), this.errors, move.errors)) return false;
    this.shownErrors = move.errors; // what the next render shows: none now
    this.pageFocus.now('problem');
    return true;
  }

  // ---- rendering -----------------------------------------------------------------------------

  protected override render(): unknown {
    // The outage banner sits outside the page's template, so no re-render ever re-creates it.
    const [{ serverNotices: notices }, src, locale] = [this.submission, this.outages, this.resolvedLocale];
    const banner = views.renderBanner({ src, locale, notices, onNotices: (all) => this.submission.noticesRead(all) });
    const context = this.context;
    if (this.loading.unavailable) return html`${banner}${views.renderUnavailable(this.t, this.fallbackContent)}`;
    if (!context) return html`${banner}<p class="wmebv-form__loading" role="status">${this.t('form.loading')}</p>`;
    const { sent } = this.submission;
    if (this.outages || this.submission.serverNotices.length > 0) this.parts.get('banner');
    if (sent) this.parts.get('receipt');
    // A part the page needs did not load: said instead of a page without it (the answers stay), with "Probeer opnieuw".
    const page =
      this.loadFailure.render(context) ??
      (sent
        ? views.renderReceipt(context, sent, views.receiptKeysUrl(this.receiptKeys, this.action))
        : html`${views.renderReattach(context, this.progress.state.filesToReattach, this.progress.state.fileNames)}${this.renderPage(context)}`);
    const firstStep = !sent && this.progress.state.position.step === 0;
    const layout = { firstStep, sent: Boolean(sent), ...this.clearRequest.layout, announcement: this.submission.announcement };
    return html`${banner}${views.renderLayout(context, layout, page)}`;
  }

  private renderPage(context: FormContext): unknown {
    const { form, locale } = context;
    const { position } = this.progress.state;
    const { failure, failedAttempt, sending, upload, outageNotices: notices } = this.submission;
    // The sentences come with the lazy part `summary`, which `ready` waits for; errors found before
    // it arrived show with it (it asks for a render), never without their words.
    const { shown, controls } = this.pass.shown(form, this.errors, locale);
    const reviewStep = atReview(form, position) ? this.parts.get('review')?.renderReviewStep : undefined;
    const [{ state: progress, files }, answers] = [this.progress, () => this.answers.values];
    const deadline = form.deadline ? this.parts.get('deadline') : undefined;
    const state = { ...progress, files, answers, shown, failure, failedAttempt, controls, notices, sending, upload, reviewStep, deadline };
    return views.renderPage(context, state, this.actions.forPage(context, position));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-form': WmebvForm;
  }
}
