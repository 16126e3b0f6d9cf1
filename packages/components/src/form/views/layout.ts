import { localize, type OutageNotice } from '@wmebv/core';
import { html, nothing } from 'lit';
import type { FormContext } from './context.js';
import { renderSupport } from './support.js';

/** The outage banner above the form (Awb 2:21 lid 2): from the notices feed and the intake server's 503s. */
export function renderBanner(banner: {
  src?: string | undefined;
  locale: string;
  notices: OutageNotice[];
  onNotices: (all: OutageNotice[] | undefined) => void;
}): unknown {
  if (!banner.src && banner.notices.length === 0) return nothing; // no notices file and none from the server
  return html`<wmebv-outage-banner
    src=${banner.src ?? nothing}
    channel="web-form"
    locale=${banner.locale}
    .notices=${banner.notices}
    @wmebv-outage-notices=${(event: CustomEvent<{ all?: OutageNotice[] }>) => banner.onNotices(event.detail.all)}
  ></wmebv-outage-banner>`;
}

/** The ongoing outage the banner in `root` shows (once its lazy part is loaded): for the proof of attempt when the intake server sent none. */
export function shownOutage(root: ParentNode): OutageNotice | undefined {
  return root
    .querySelector('wmebv-outage-banner')
    ?.visibleNotices?.()
    .find((notice) => notice.status === 'ongoing');
}

/** What the frame around a page of the form shows. */
export interface LayoutState {
  /** The first step shows the form's description under the title. */
  firstStep: boolean;
  /** After sending: no help aside and no "Wis mijn gegevens". */
  sent: boolean;
  /** "Wis mijn gegevens" was used: said once in a status region. */
  cleared: boolean;
  /** "Wis mijn gegevens" was pressed: the page asks whether to, and what it deletes. */
  confirmingClear: boolean;
  /** Sending started or ended: said once each in the status region (the progress itself is only shown). */
  announcement?: 'started' | 'ended' | undefined;
  /** Asks for confirmation. */
  onClear: () => void;
  onConfirmClear: () => void;
  onCancelClear: () => void;
}

/**
 * The frame of every page: the form's title (`h1`), the page itself, help and the statements in the
 * same place on every step (WCAG 2.2 SC 3.2.6), "Wis mijn gegevens" (which asks first), and the
 * status region that confirms the answers were deleted, or says that sending started and ended.
 */
export function renderLayout(context: FormContext, state: LayoutState, main: unknown): unknown {
  const { form, locale, t, uid } = context;
  return html`<div class="wmebv-form" lang=${locale}>
    <header class="wmebv-form__header">
      <h1 class="wmebv-form__title">${localize(form.title, locale)}</h1>
      ${state.firstStep && form.description ? html`<p class="wmebv-form__description">${localize(form.description, locale)}</p>` : nothing}
    </header>
    <div class="wmebv-form__body">
      <div class="wmebv-form__main">${main}</div>
      ${state.sent ? nothing : renderSupport(form, locale, t, uid)}
    </div>
    ${state.sent ? nothing : renderClear(context, state)}
    <div role="status" class="wmebv-visually-hidden">${state.cleared ? t('form.clearedData') : state.announcement ? t(state.announcement === 'started' ? 'form.sendStarted' : 'form.sendEnded') : ''}</div>
  </div>`;
}

/**
 * "Wis mijn gegevens" at the end of the page, and, once pressed, the question whether to, in the
 * page rather than `window.confirm()` (issue 15 item 7): what will be deleted, that nothing was sent
 * and that it cannot be undone, then "Ja, wis mijn gegevens" and "Nee, ga verder met invullen".
 * Escape is "Nee". The form moves focus to the question's heading and back to the button.
 */
function renderClear({ t, uid }: FormContext, state: LayoutState): unknown {
  if (!state.confirmingClear) {
    return html`<p class="wmebv-form__clear">
      <button type="button" class="wmebv-link-button" @click=${state.onClear}>${t('form.clearData')}</button>
    </p>`;
  }
  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      state.onCancelClear();
    }
  };
  return html`<div class="wmebv-form__clear wmebv-form__clear--confirm" role="group" aria-labelledby="${uid}-clear-heading" @keydown=${onKeydown}>
    <h2 class="wmebv-form__clear-heading" id="${uid}-clear-heading" tabindex="-1">${t('form.clearConfirmHeading')}</h2>
    <p>${t('form.clearConfirmText')}</p>
    <div class="wmebv-form__actions">
      <button type="button" class="wmebv-button" @click=${state.onConfirmClear}>${t('form.clearConfirmYes')}</button>
      <button type="button" class="wmebv-button wmebv-button--secondary" @click=${state.onCancelClear}>${t('form.clearConfirmNo')}</button>
    </div>
  </div>`;
}
