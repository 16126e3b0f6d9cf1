import { formatDateTime, getTranslator, resolveLocale, type Receipt } from '@wmebv/core';
import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { adoptStyles } from '../util/adopt-styles.js';
import '../review/review.js';
import css from './receipt.css?inline';

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) as the sender sees it: the reference in the heading
 * (GOV.UK confirmation page), the time of receipt by the server's clock (Awb 2:20) in
 * Europe/Amsterdam time and the sender's language, who received it, what happens next, and what
 * was sent (Awb 2:17 lid 2).
 *
 * @element wmebv-receipt
 * @prop {Receipt} receipt - the receipt the intake server answered with
 * @attr after-submit - what happens next (the definition's `afterSubmit`, localised)
 * @attr form-title - the form's title, localised
 * @attr locale - `nl` (default) or `en`; defaults to the closest `lang`
 */
@customElement('wmebv-receipt')
export class WmebvReceipt extends LitElement {
  @property({ attribute: false }) receipt?: Receipt;
  @property({ attribute: 'after-submit' }) afterSubmit?: string;
  @property({ attribute: 'form-title' }) formTitle?: string;
  @property() locale?: string;

  protected override createRenderRoot(): HTMLElement {
    this.replaceChildren();
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    adoptStyles(this.getRootNode(), css);
  }

  /** Moves focus to the heading with the reference, so screen readers announce it first. */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.wmebv-receipt__heading')?.focus(options);
  }

  protected override render(): unknown {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    const locale = resolveLocale(this.locale || this.closest('[lang]')?.getAttribute('lang'));
    const t = getTranslator(locale);
    const time = formatDateTime(receipt.receivedAt, locale);
    return html`<div class="wmebv-receipt">
      <div class="wmebv-receipt__panel">
        <h2 class="wmebv-receipt__heading" tabindex="-1">${t('receipt.heading', { reference: receipt.reference })}</h2>
        <p class="wmebv-receipt__lead">
          ${t('receipt.receivedAt', { messageType: t(`messageType.${receipt.messageType}`), time })}
        </p>
      </div>
      <p>${t('receipt.keep')}</p>
      <dl class="wmebv-receipt__facts">
        <div><dt>${t('receipt.reference')}</dt><dd class="wmebv-receipt__reference">${receipt.reference}</dd></div>
        <div><dt>${t('receipt.time')}</dt><dd><time datetime=${receipt.receivedAt}>${time}</time></dd></div>
        <div><dt>${t('receipt.receivedBy')}</dt><dd>${receipt.organisation.name}</dd></div>
        <div>
          <dt>${t('receipt.form')}</dt>
          <dd>${this.formTitle ? `${this.formTitle} (${receipt.formId} ${receipt.formVersion})` : `${receipt.formId} ${receipt.formVersion}`}</dd>
        </div>
        <div><dt>${t('receipt.digest')}</dt><dd class="wmebv-receipt__digest">${receipt.digest.value}</dd></div>
      </dl>
      ${this.afterSubmit
        ? html`<h3>${t('receipt.whatNext')}</h3>
            <p class="wmebv-receipt__after-submit">${this.afterSubmit}</p>`
        : nothing}
      <h3>${t('receipt.answers')}</h3>
      <wmebv-review readonly heading-level="4" .sections=${receipt.review} locale=${locale}></wmebv-review>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wmebv-receipt': WmebvReceipt;
  }
}
