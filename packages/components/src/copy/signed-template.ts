import { SIGNED_SECTION_ID, type SignedPart } from '@wmebv/core/signed-copy';
import { html, nothing, type TemplateResult } from 'lit';
import { reviewSections, summaryRow } from '../review/summary-list.js';

/**
 * The signed section of the sender's copy (Awb 2:17 lid 2, 2:20): core's `signedSection` parts,
 * each in fixed markup and nothing more, so that its text is exactly `signedSectionLines` (the
 * copy's tests check that in the browser, `wmebv verify-receipt` on the saved file). Everything in
 * it is text from the signed receipt; Lit escapes it.
 */
export function signedSectionTemplate(parts: readonly SignedPart[]): TemplateResult {
  return html`<section id=${SIGNED_SECTION_ID} class="wmebv-copy__signed" aria-labelledby="${SIGNED_SECTION_ID}-heading">
    ${parts.map(part)}
  </section>`;
}

function part(item: SignedPart): TemplateResult {
  switch (item.kind) {
    case 'heading':
      return item.level === 2 ? html`<h2 id="${SIGNED_SECTION_ID}-heading">${item.text}</h2>` : html`<h3>${item.text}</h3>`;
    case 'paragraph':
      return html`<p>${item.text}</p>`;
    case 'rows':
      return html`<dl class="wmebv-summary-list">
        ${item.rows.map((row) =>
          summaryRow(
            row.key,
            row.lines.map((line, index) => html`${index > 0 ? html`<br />` : nothing}${line}`),
          ),
        )}
      </dl>`;
    case 'list':
      return html`<ul>
        ${item.items.map((entry) =>
          item.of === 'declaration'
            ? html`<li data-declaration-id=${entry.id}>${entry.text}</li>`
            : html`<li data-attachment-id=${entry.id}>${entry.text}</li>`,
        )}
      </ul>`;
    case 'review':
      return reviewSections(item.sections, {
        emptyText: item.emptyText,
        heading: (section) => html`<h4 class="wmebv-review__heading">${section.title}</h4>`,
        fieldIdOnRows: true,
      });
  }
}
