import type { ReviewItem, ReviewSection } from '@wmebv/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The check-your-answers list (GOV.UK "summary list"), written once: `wmebv-review` renders it on
 * the page and the sender's copy (`copy/document.ts`) serialises the same templates into its HTML
 * file, so what the sender checked and what they keep look and read alike (Awb 2:17 lid 2).
 */

/** One row: a key, its value, and (on the page) an actions cell. */
export function summaryRow(key: unknown, value: unknown, options: { actions?: unknown; fieldId?: string } = {}): TemplateResult {
  // No white space inside the cells: a copy's reader (and its tests) take `textContent` as the answer.
  return html`<div class="wmebv-summary-list__row" data-field-id=${options.fieldId ?? nothing}><dt class="wmebv-summary-list__key">${key}</dt><dd class="wmebv-summary-list__value">${value}</dd>${
    options.actions === undefined ? nothing : html`<dd class="wmebv-summary-list__actions">${options.actions}</dd>`
  }</div>`;
}

/** An answer's lines, one per line break, or the "not filled in" text. */
export function answerValue(item: ReviewItem, emptyText: string): unknown {
  if (item.empty) return html`<span class="wmebv-summary-list__empty">${emptyText}</span>`;
  return item.lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`);
}

export interface ReviewSectionsOptions {
  /** Shown for an empty optional answer ("Niet ingevuld"). */
  emptyText: string;
  /** The heading of a section: a `role="heading"` of any level on the page, a real `h3` in the copy. */
  heading: (section: ReviewSection) => TemplateResult;
  /** The change button of an answer, on the page only. */
  actions?: (item: ReviewItem, section: ReviewSection) => TemplateResult;
  /** Marks each row with `data-field-id` (the copy: a reader finds an answer by its field). */
  fieldIdOnRows?: boolean;
}

/** Every step's answers: one section per step, each a summary list. */
export function reviewSections(sections: readonly ReviewSection[], options: ReviewSectionsOptions): TemplateResult {
  return html`<div class="wmebv-review">
    ${sections.map(
      (section) => html`<section class="wmebv-review__section" aria-label=${section.title}>
        ${options.heading(section)}
        <dl class="wmebv-summary-list">
          ${section.items.map((item) =>
            summaryRow(item.label, answerValue(item, options.emptyText), {
              actions: options.actions?.(item, section),
              fieldId: options.fieldIdOnRows ? item.fieldId : undefined,
            }),
          )}
        </dl>
      </section>`,
    )}
  </div>`;
}
