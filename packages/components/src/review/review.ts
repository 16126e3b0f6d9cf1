import { nlReview, provideMessages, type ReviewSection } from '@wmebv/core';
import { html } from 'lit';
import { WmebvElement } from '../base/element.js';
import { customElement, property } from 'lit/decorators.js';
import type { ChangeRequestDetail } from '../events.js';
import css from './review.css?inline';

// The event types live in events.ts, which imports no element; re-exported here as before.
export type { ChangeRequestDetail } from '../events.js';
import { reviewSections } from './summary-list.js';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { review: nlReview });

/**
 * The sender's answers as a check-your-answers list ("terugtonen", Awb 2:17 lid 2; WCAG 2.1 SC
 * 3.3.4): one section per step, each answer with the label of the form and, unless `readonly`, a
 * change button whose accessible name includes the question ("Wijzig Naam").
 *
 * Light DOM, like every wmebv element, so host-page headings and landmarks stay in one tree.
 *
 * @element wmebv-review
 * @prop {ReviewSection[]} sections - from core's `buildReview`
 * @attr locale - `nl` (default) or `en`; defaults to the closest `lang`
 * @attr empty-text - shown for an empty optional answer; default "Niet ingevuld"
 * @attr readonly - no change buttons (as on the receipt)
 * @fires wmebv-change-request - `{ fieldId, stepId }` when a change button is pressed
 */
@customElement('wmebv-review')
export class WmebvReview extends WmebvElement {
  static override lightStyles = [css];

  @property({ attribute: false }) sections: ReviewSection[] = [];
  @property({ attribute: 'empty-text' }) emptyText?: string;
  @property({ type: Boolean }) readonly = false;
  /** Level of the section headings (2-6), so the list fits the page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  protected override render(): unknown {
    const t = this.t;
    return reviewSections(this.sections, {
      emptyText: this.emptyText || t('review.empty'),
      heading: (section) => html`<div role="heading" aria-level=${this.headingLevel} class="wmebv-review__heading">${section.title}</div>`,
      actions: this.readonly
        ? undefined
        : (item, section) => html`<button
            type="button"
            class="wmebv-link-button"
            data-field-id=${item.fieldId}
            @click=${() => this.requestChange(item.fieldId, section.stepId)}
          >
            ${t('review.change')}<span class="wmebv-visually-hidden"> ${item.label}</span>
          </button>`,
    });
  }

  /** Focuses the change button of an answer, e.g. after returning from editing it. */
  focusChange(fieldId: string): void {
    this.querySelector<HTMLButtonElement>(`button[data-field-id="${CSS.escape(fieldId)}"]`)?.focus();
  }

  private requestChange(fieldId: string, stepId: string): void {
    this.dispatchEvent(new CustomEvent<ChangeRequestDetail>('wmebv-change-request', { detail: { fieldId, stepId }, bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-review': WmebvReview;
  }
}
