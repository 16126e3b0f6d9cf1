import { atReview, localize, type FlowPosition, type Receipt } from '@wmebv/core';
import type { FormContext } from './context.js';

/** What the page shows, for its title: the receipt once sent, else the step or review of `position`. */
export interface TitledPage {
  sent?: Receipt;
  position: FlowPosition;
}

/**
 * The document title: the page, then the form ("Uw gegevens – Bezwaar maken"), prefixed "Fout: "
 * while errors are shown (WCAG 2.2 SC 2.4.2, 3.3.1; GOV.UK).
 */
export function pageTitle({ form, locale, t }: FormContext, page: TitledPage, hasErrors: boolean): string {
  const formTitle = localize(form.title, locale);
  const name = page.sent
    ? t('receipt.heading', { reference: page.sent.reference })
    : atReview(form, page.position)
      ? t('review.title')
      : localize(form.steps[page.position.step]?.title, locale);
  return `${hasErrors ? t('form.errorTitlePrefix') : ''}${name} – ${formTitle}`;
}
