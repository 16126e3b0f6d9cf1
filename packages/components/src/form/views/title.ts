import { localize, type Receipt } from '@wmebv/core';
import type { FormContext } from './context.js';

/** What the page shows, for its title. */
export type TitledPage = { kind: 'step'; step: number } | { kind: 'review' } | { kind: 'receipt'; receipt: Receipt };

/**
 * The document title: the page, then the form ("Uw gegevens – Bezwaar maken"), prefixed "Fout: "
 * while errors are shown (WCAG 2.2 SC 2.4.2, 3.3.1; GOV.UK).
 */
export function pageTitle({ form, locale, t }: FormContext, page: TitledPage, hasErrors: boolean): string {
  const formTitle = localize(form.title, locale);
  const name =
    page.kind === 'step'
      ? localize(form.steps[page.step]?.title, locale)
      : page.kind === 'review'
        ? t('review.title')
        : t('receipt.heading', { reference: page.receipt.reference });
  return `${hasErrors ? t('form.errorTitlePrefix') : ''}${name} – ${formTitle}`;
}
