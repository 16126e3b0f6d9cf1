import { atReview, normaliseLateReason, type FieldValues, type FlowPosition, type OutageNotice, type ValidationError } from '@wmebv/core';
import { html } from 'lit';
import type { ChangeRequestDetail, WmebvAnswerEvent } from '../../events.js';
import type { ShownErrors } from '../described-errors.js';
import type { KeptControls } from '../kept-controls.js';
import type { FailedOutcome } from '../submission/outcomes.js';
import type { FailedAttempt } from '../submission/proof-of-attempt.js';
import { describeFiles } from '../submission/attachments.js';
import type { UploadProgress } from '../submission/transport.js';
import type { FormContext } from './context.js';
import type * as DeadlineHint from './deadline-hint.js';
import { renderProblems, summaryHref } from './notices.js';
import type { renderReviewStep } from './review-step.js';
import { renderStep } from './step.js';

/** Where the user is, what they answered and what went wrong: everything a step or the review shows. */
export interface PageState {
  position: FlowPosition;
  values: FieldValues;
  files: Readonly<Record<string, readonly File[]>>;
  lateReason: string;
  declarations: Record<string, string>;
  /** The normalised answers (core's check), asked for on the review only. */
  answers: () => FieldValues;
  /** The errors being shown, each with its sentence. */
  shown: ShownErrors;
  failure?: FailedOutcome;
  failedAttempt?: FailedAttempt;
  /** The fields and declarations rendered: an error summary entry links to the control's `#id` (with errors only). */
  controls: KeptControls | undefined;
  notices: readonly OutageNotice[];
  sending: boolean;
  /** Bytes of the message sent so far, while sending. */
  upload?: UploadProgress | undefined;
  /** The review's view, once its lazy part has loaded (`form/lazy-parts.ts`); until then "loading". */
  reviewStep: typeof renderReviewStep | undefined;
  /** The deadline hint's part, for a definition with a `deadline` (lazy-parts.ts); undefined otherwise. */
  deadline?: typeof DeadlineHint | undefined;
}

/** What the page's controls do. */
export interface PageActions {
  onNext: () => void;
  onBack: () => void;
  onAnswer: (event: WmebvAnswerEvent) => void;
  onLateReason: (value: string) => void;
  onDeclaration: (id: string, agreed: boolean) => void;
  onChangeRequest: (event: CustomEvent<ChangeRequestDetail>) => void;
  onSend: (event: SubmitEvent) => void;
}

/** The current step, or check your answers, each under the error summary and notices. */
export function renderPage(context: FormContext, state: PageState, actions: PageActions): unknown {
  const { form } = context;
  const { position, values, files, lateReason, declarations, notices, shown } = state;
  const errorFor = (id: string): string => shown.byId.get(id) ?? '';
  const { failure, failedAttempt } = state;
  let controls: ReturnType<KeptControls['lookup']> | undefined; // when there are errors to link
  const hrefFor = (error: ValidationError) => summaryHref((controls ??= state.controls?.lookup() ?? NONE), error);
  const problems = renderProblems(context, { errors: shown.list, failure, failedAttempt, hrefFor });
  if (!atReview(form, position)) {
    const onSubmit = (event: SubmitEvent): void => {
      event.preventDefault();
      actions.onNext();
    };
    const { onBack, onAnswer, onLateReason } = actions;
    const { deadline } = state;
    return renderStep(context, {
      position,
      values,
      files,
      lateReason,
      notices,
      problems,
      errorFor,
      onBack,
      onSubmit,
      onAnswer,
      onLateReason,
      deadline,
    });
  }
  const renderReviewStep = state.reviewStep;
  if (!renderReviewStep) return html`<p class="wmebv-form__loading" role="status">${context.t('form.loading')}</p>`;
  const answers = state.answers();
  // The reason as the envelope carries it (core's one normalisation), so the review shows what is sent.
  const normal = normaliseLateReason(lateReason);
  const reason = normal && state.deadline?.deadlineSeemsPassed(form, values, notices) ? normal : '';
  return renderReviewStep(context, {
    answers,
    sending: state.sending,
    upload: state.upload,
    problems,
    onBack: actions.onBack,
    lateReason: reason,
    attachments: describeFiles(files),
    declarations: { agreed: declarations, errorFor, onChange: actions.onDeclaration },
    files,
    copy: () => ({ definition: form, values: answers, declarations }),
    onChangeRequest: actions.onChangeRequest,
    onSend: actions.onSend,
  });
}

/** No control to link to. */
const NONE = (): undefined => undefined;
