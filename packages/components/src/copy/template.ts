import { formatBytes, formatDateTime, nlCopy, nlMessageType, nlReview, provideMessages, type SenderCopy, type Translate } from '@wmebv/core';
import { signedSection } from '@wmebv/core/signed-copy';
import { html, nothing, type TemplateResult } from 'lit';
import { reviewSections, summaryRow } from '../review/summary-list.js';
import { signedSectionTemplate } from './signed-template.js';

// The Dutch words of the copy; other languages arrive whole with loadMessages.
provideMessages('nl', { copy: nlCopy, messageType: nlMessageType, review: nlReview });

/**
 * The sender's copy (Awb 2:17 lid 2) as Lit templates: the same check-your-answers list as the
 * review step (`review/summary-list.ts`), headings and description lists, every answer as text
 * (Lit escapes it). `copy/document.ts` serialises this into the downloaded HTML file.
 */
export function senderCopyTemplate(copy: SenderCopy, t: Translate, locale: string): TemplateResult {
  const time = (iso: string): TemplateResult => html`<time datetime=${iso}>${formatDateTime(iso, locale)}</time>`;
  return html`<main class="wmebv-copy__main">
    ${status(copy, t, locale)}
    <h1>${t('copy.title', { formTitle: copy.form.title })}</h1>
    <dl class="wmebv-summary-list">
      ${summaryRow(t('copy.organisation'), copy.organisation.name)}
      ${summaryRow(t('copy.form'), t('copy.formVersion', { title: copy.form.title, id: copy.form.id, version: copy.form.version }))}
      ${summaryRow(t('copy.messageType'), t(`messageType.${copy.messageType}`))}
      ${summaryRow(t('copy.madeAt'), time(copy.madeAt))}
    </dl>
    ${copy.receipt ? signedSectionTemplate(signedSection(copy.receipt, copy.envelope)) : unsignedAnswers(copy, t, locale)}
    <p class="note">${t('copy.madeInBrowser')}</p>
  </main>`;
}

/**
 * The answers, declarations and attachments of a copy without a receipt (not sent, or a failed
 * attempt): made from the definition in this browser, and signed by nobody.
 */
function unsignedAnswers(copy: SenderCopy, t: Translate, locale: string): TemplateResult {
  return html`<h2>${t('copy.answers')}</h2>
    ${reviewSections(copy.review, {
      emptyText: t('review.empty'),
      heading: (section) => html`<h3 class="wmebv-review__heading">${section.title}</h3>`,
      fieldIdOnRows: true,
    })}
    ${
      copy.declarations.length === 0
        ? nothing
        : html`<h2>${t('copy.declarations')}</h2>
          <ul>
            ${copy.declarations.map(
              (declaration) =>
                html`<li data-declaration-id=${declaration.id}>${declaration.label} (${t('copy.agreedAt', { time: formatDateTime(declaration.agreedAt, locale) })})</li>`,
            )}
          </ul>`
    }
    <h2>${t('copy.attachments')}</h2>
    ${
      copy.attachments.length === 0
        ? html`<p>${t('copy.noAttachments')}</p>`
        : html`<table>
          <thead>
            <tr>
              <th scope="col">${t('copy.fileName')}</th>
              <th scope="col">${t('copy.fileSize')}</th>
              <th scope="col">${t('copy.fileHash')}</th>
            </tr>
          </thead>
          <tbody>
            ${copy.attachments.map(
              (file) => html`<tr data-attachment-id=${file.id}>
                <td>${file.name}</td>
                <td>${formatBytes(file.size, locale)} <span class="code">(${file.size})</span></td>
                <td class="code">${file.sha256}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }`;
}

/** Not sent, received (with the reference), or a failed attempt (with when and why). */
function status(copy: SenderCopy, t: Translate, locale: string): TemplateResult {
  if (copy.receipt) {
    const params = {
      reference: copy.receipt.reference,
      organisation: copy.receipt.organisation.name,
      time: formatDateTime(copy.receipt.receivedAt, locale),
    };
    return html`<p class="status status--received"><strong>${t('copy.received', params)}</strong>${t('copy.receivedText', params)}</p>`;
  }
  if (copy.attempt) {
    const params = { time: formatDateTime(copy.attempt.at, locale), reason: copy.attempt.reason };
    return html`<p class="status status--attempt-failed"><strong>${t('copy.attempt')}</strong>${t('copy.attemptText', params)}</p>`;
  }
  return html`<p class="status status--not-sent"><strong>${t('copy.notSent')}</strong>${t('copy.notSentText')}</p>`;
}
