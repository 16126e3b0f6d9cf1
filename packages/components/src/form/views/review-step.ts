import { buildReview, nlDeadline, nlReview, provideMessages, type Attachment, type FieldValues, type SenderCopyInput } from '@wmebv/core';
import { html, nothing } from 'lit';
import { copyActionsCss, renderCopyButtons } from '../../copy/download.js';
import '../../review/review.js';
import type { ChangeRequestDetail } from '../../events.js';
import { hashFiles } from '../submission/hash-files.js';
import type { UploadProgress } from '../submission/transport.js';
import type { FormContext } from './context.js';
import { renderDeclarations, type DeclarationsState } from './declarations.js';
import css from './review-step.css?inline';

provideMessages('nl', { review: nlReview, deadline: nlDeadline });

/** The review step's CSS, which the form adopts with this lazy part (lazy-parts.ts), not in its first load. */
export const partStyles: readonly string[] = [css, copyActionsCss];

/** The review step's state and what its controls do. */
export interface ReviewState {
  /** The normalised answers, as they will be sent. */
  answers: FieldValues;
  /** The chosen files' metadata (no hashes needed to show them). */
  attachments: readonly Attachment[];
  /** Why the message is late, when the period seems to have passed and the sender wrote something; else empty. */
  lateReason: string;
  sending: boolean;
  /** Bytes sent so far, while sending (undefined until counted: the bar is then indeterminate). */
  upload?: UploadProgress | undefined;
  /** The error summary and notices, rendered above the review. */
  problems: unknown;
  declarations: DeclarationsState;
  /** The chosen files, hashed for the sender's copy when a download button is pressed. */
  files: Readonly<Record<string, readonly File[]>>;
  /** The sender's copy as it would be sent now (Awb 2:17 lid 2) but its files, built when a download button is pressed. */
  copy: () => Omit<SenderCopyInput, 'locale' | 'attachments'>;
  onChangeRequest: (event: CustomEvent<ChangeRequestDetail>) => void;
  onSend: (event: SubmitEvent) => void;
  onBack: () => void;
}

/**
 * Check your answers (GOV.UK): every answer with "Wijzig", the late reason when given, the copy
 * downloads, the declarations and "Verstuur". While sending, the button says so and is
 * `aria-disabled` (it stays focusable; a second press sends nothing), and a `<progress>` shows how
 * much of the message went out.
 */
export function renderReviewStep(context: FormContext, state: ReviewState): unknown {
  const { form, locale, t, uid } = context;
  const sections = buildReview(form, state.answers, state.attachments, locale);
  const hasDeclarations = (form.declarations ?? []).length > 0;
  return html`${state.problems}
    <h2 class="wmebv-form__step-heading" id="${uid}-heading" tabindex="-1">
      <span class="wmebv-form__caption">${t('form.stepOf', { current: form.steps.length + 1, total: form.steps.length + 1 })}</span>
      ${t('review.title')}
    </h2>
    <p>${t('review.intro')}</p>
    <wmebv-review .sections=${sections} locale=${locale} @wmebv-change-request=${state.onChangeRequest}></wmebv-review>
    ${
      state.lateReason
        ? html`<dl class="wmebv-form__late-reason"><dt>${t('deadline.lateReasonReview')}</dt><dd>${state.lateReason}</dd></dl>`
        : nothing
    }
    <h3>${t('review.copyTitle')}</h3>
    <p>${t('review.copyIntro')}</p>
    ${renderCopyButtons(locale, async () => ({ ...state.copy(), attachments: await hashFiles(state.files) }))}
    <form class="wmebv-form__send" novalidate aria-labelledby="${uid}-send" @submit=${state.onSend}>
      <h3 id="${uid}-send">${hasDeclarations ? t('review.declarationsTitle') : t('review.sendTitle')}</h3>
      ${renderDeclarations(context, state.declarations)}
      <div class="wmebv-form__actions">
        <button type="submit" class="wmebv-button" aria-disabled=${state.sending ? 'true' : nothing}>
          ${state.sending ? t('form.sending') : t('form.send')}
        </button>
        <button type="button" class="wmebv-button wmebv-button--secondary" @click=${state.onBack}>${t('form.back')}</button>
      </div>
      ${state.sending ? renderProgress(context, state.upload) : nothing}
    </form>`;
}

/**
 * How much of the message went out (issue 15 item 14): a native `<progress>` with its label and
 * the percentage as text. Only shown: the form's status region says when sending starts and ends.
 */
function renderProgress({ t, uid }: FormContext, upload: UploadProgress | undefined): unknown {
  const percent = upload && upload.total > 0 ? Math.floor((upload.loaded / upload.total) * 100) : undefined;
  return html`<p class="wmebv-form__progress">
    <label for="${uid}-progress">${t('form.sendProgress')}</label>
    <progress id="${uid}-progress" max="100" value=${percent ?? nothing}></progress>
    ${percent === undefined ? nothing : html`<span aria-hidden="true">${percent}%</span>`}
  </p>`;
}
