import { localize, type FormDefinition, type Translate } from '@wmebv/core';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * Help and the statements, in the same place on every step (WCAG 2.2 SC 3.2.6 Consistent Help;
 * Awb 2:1 lid 1 duty of care; AVG art. 13 privacy statement; the accessibility statement that the
 * Tijdelijk besluit digitale toegankelijkheid overheid requires).
 */
export function renderSupport(form: FormDefinition, locale: string, t: Translate, idPrefix: string): TemplateResult {
  const { support, privacyStatementUrl, accessibilityStatementUrl, designationDecision } = form.organisation;
  return html`<aside class="wmebv-form__support" aria-labelledby="${idPrefix}-support">
    <h2 class="wmebv-form__support-heading" id="${idPrefix}-support">${t('form.help')}</h2>
    ${support?.text ? html`<p>${localize(support.text, locale)}</p>` : nothing}
    <ul class="wmebv-form__links">
      ${
        support?.phone
          ? html`<li><a href="tel:${support.phone.replace(/[^+\d]/g, '')}">${t('form.phone', { phone: support.phone })}</a></li>`
          : nothing
      }
      ${support?.email ? html`<li><a href="mailto:${support.email}">${support.email}</a></li>` : nothing}
      ${support?.url ? html`<li><a href=${support.url}>${t('form.contactPage')}</a></li>` : nothing}
      ${privacyStatementUrl ? html`<li><a href=${privacyStatementUrl}>${t('form.privacy')}</a></li>` : nothing}
      ${accessibilityStatementUrl ? html`<li><a href=${accessibilityStatementUrl}>${t('form.accessibility')}</a></li>` : nothing}
    </ul>
    ${
      designationDecision
        ? html`<p class="wmebv-form__designation">
          <a href=${designationDecision.url}>${localize(designationDecision.title, locale)}</a>
        </p>`
        : nothing
    }
  </aside>`;
}

/**
 * What a citizen sees when the definition is not usable: a plain message and the support route from
 * the page's fallback content, never a half-rendered form.
 */
export function renderUnavailable(t: Translate, fallback: readonly Node[]): TemplateResult {
  const support = fallback.filter((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent?.trim());
  return html`<div class="wmebv-form wmebv-form--unavailable" role="alert">
    <h2 class="wmebv-form__unavailable-heading">${t('form.unavailableTitle')}</h2>
    <p>${t('form.unavailableText')}</p>
    ${support.length > 0 ? html`<div class="wmebv-form__fallback">${support.map((node) => node.cloneNode(true))}</div>` : nothing}
  </div>`;
}
