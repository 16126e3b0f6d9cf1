import { afterRejection, atReview, checkBeforeSend, goBack, goNext, goToChange, type FlowMove, type FlowPosition } from '@wmebv/core';
import type { ClearRequest } from './clear-request.js';
import type { FocusTarget, PageFocus } from './page-focus.js';
import type { ProgressController } from './progress-controller.js';
import type { SubmissionController } from './submission/submission-controller.js';
import { shownOutage, type FormContext, type PageActions } from './views/index.js';

/** What the page's controls reach in their `wmebv-form` (form.ts). */
export interface ActingForm {
  /** The element: its `action` (the intake endpoint), the outage banner inside it, `wmebv-submitted`. */
  readonly element: HTMLElement & { action?: string | undefined };
  readonly progress: ProgressController;
  readonly submission: SubmissionController;
  readonly pageFocus: PageFocus;
  readonly clearRequest: ClearRequest;
  /** Shows the outcome of a flow move (form.ts `moveTo`); `keepFailure` keeps the notice of a failed send. */
  readonly moveTo: (move: FlowMove, focus?: FocusTarget, keepFailure?: boolean) => void;
  /** Shows no errors any more, without a move. */
  readonly clearErrors: () => void;
}

/**
 * What the controls of a page do (`PageActions`, views/page.ts): "Volgende stap" and "Vorige stap",
 * an answer, the late reason and a declaration saved, "Wijzig" on the review, and "Verstuur". Each
 * moves through core's flow and shows the move with its form's `moveTo`.
 */
export class FormActions {
  /** The question whose "Wijzig" on the review was pressed last, to return focus to. */
  private changedFrom?: string;

  constructor(private readonly host: ActingForm) {}

  /** The actions of the page rendered for `position` of `context`'s form. */
  forPage({ form, locale }: FormContext, position: FlowPosition): PageActions {
    const { element, progress, submission, pageFocus, clearRequest, moveTo, clearErrors } = this.host;
    return {
      // "Volgende stap"; after "Wijzig", back on the review, focus returns to that "Wijzig" (GOV.UK).
      onNext: () => {
        const move = goNext(form, position, progress.answers(form));
        const from = atReview(form, move.position) ? this.changedFrom : undefined;
        moveTo(move, from && position.returnToReview ? { change: from } : 'heading');
      },
      onBack: () => moveTo({ position: goBack(form, position), errors: [] }),
      onAnswer: (event) => {
        const id = (event.target as HTMLElement).dataset['fieldId'];
        if (id) progress.answer(form, id, event.detail.answer);
      },
      onLateReason: (value) => progress.change({ lateReason: value }),
      onDeclaration: (id, agreed) => progress.declare(id, agreed),
      onChangeRequest: ({ detail }) => {
        const changed = goToChange(form, detail.stepId);
        this.changedFrom = detail.fieldId;
        if (changed) moveTo({ position: changed, errors: [] }, { field: detail.fieldId });
      },
      onSend: (event) => {
        event.preventDefault();
        if (submission.sending) return; // a second click while sending sends nothing twice
        const check = checkBeforeSend(form, progress.answers(form), progress.state.declarations);
        if (check.errors.length > 0) return moveTo(check);
        clearErrors();
        clearRequest.cleared = false;
        void submission
          .send({
            action: element.action ?? '',
            prepare: () => progress.envelope(form, locale, submission.outageNotices),
            beforeSend: () => progress.change(), // saved with its key: a reload mid-send resends under the same key
            shownOutage: () => shownOutage(element),
          })
          .then((outcome) => {
            if (outcome?.kind === 'received') {
              progress.received();
              pageFocus.after('receipt');
              element.dispatchEvent(new CustomEvent('wmebv-submitted', { detail: { receipt: outcome.receipt }, bubbles: true, composed: true }));
            } else if (outcome?.kind === 'rejected') moveTo(afterRejection(form, outcome.errors), 'problem', true);
            else if (outcome) pageFocus.after('problem');
          });
      },
    };
  }
}
