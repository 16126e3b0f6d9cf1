import {
  formatDateTime,
  verifyReceipt,
  type Envelope,
  type FormDefinition,
  type Receipt,
  type ReceiptVerification,
  type Translate,
  type MessageKey,
  type ReceiptProblem,
  nlMessageType,
  nlReceipt,
  provideMessages,
} from '@wmebv/core';
import { html, nothing } from 'lit';
import { WmebvElement } from '../base/element.js';
import { customElement, property, state } from 'lit/decorators.js';
import { copyActionsCss, renderCopyButtons } from '../copy/download.js';
import '../review/review.js';
import css from './receipt.css?inline';

// The Dutch words this element speaks; other languages arrive whole with loadMessages (base/element.ts).
provideMessages('nl', { receipt: nlReceipt, messageType: nlMessageType });

/** Why a receipt did not verify, in the sender's words (message keys are checked by the compiler). */
const PROBLEM_KEYS: Record<ReceiptProblem, MessageKey> = {
  malformed: 'receipt.problemMalformed',
  'invalid-key-set': 'receipt.problemInvalidKeySet',
  'unknown-key': 'receipt.problemUnknownKey',
  'invalid-key': 'receipt.problemInvalidKey',
  'signature-mismatch': 'receipt.problemSignatureMismatch',
  'digest-mismatch': 'receipt.problemDigestMismatch',
};

/** Stands in for the reference while translating the heading, so the reference can be wrapped in its own element. */
const MARK = '\u0000reference\u0000';

/**
 * The reference in groups that never break inside (`BZW-`, `7KX2-`, `QD4M`): read out or copied
 * down group by group, it may wrap between groups on a narrow screen or at 400 % zoom rather than
 * overflow (WCAG 2.2 SC 1.4.10). The text, its copy and its accessible name stay `BZW-7KX2-QD4M`.
 */
export function renderReference(reference: string): unknown {
  const groups = reference.match(/[^-]+-?|-/g) ?? [reference];
  // No `<wbr>` (Chromium reads it as a space: "BZW- 7KX2- QD4M"); the break between groups comes
  // from `overflow-wrap: anywhere` on the parent, which a `nowrap` group cannot break (receipt.css).
  return groups.map((group) => html`<span class="wmebv-receipt__reference-group">${group}</span>`);
}

/**
 * The ontvangstbevestiging (Awb 2:17 lid 1) as the sender sees it: the reference in the heading
 * (GOV.UK confirmation page), the time of receipt by the server's clock (Awb 2:20) in
 * Europe/Amsterdam time and the sender's language, who received it, what happens next, and what
 * was sent (Awb 2:17 lid 2).
 *
 * It checks the receipt in the browser (Web Crypto): the Ed25519 signature with the key set the
 * organisation publishes (`keys-src`) and, with `envelope`, the digest over what was sent; and says
 * plainly whether the receipt is intact and signed by the published key, or that this browser
 * cannot check it (never "not authentic" for that reason). With `definition` and `envelope` it
 * offers the sender's copy (HTML and JSON), made in the browser.
 *
 * @element wmebv-receipt
 * @prop {Receipt} receipt - the receipt the intake server answered with
 * @attr after-submit - what happens next (the definition's `afterSubmit`, localised)
 * @attr form-title - the form's title, localised
 * @attr locale - `nl` (default) or `en`; defaults to the closest `lang`
 * @attr keys-src - URL of the organisation's JWK Set (`GET /api/receipt-key`); no check without it
 * @prop {Envelope} envelope - the envelope as sent, to check the digest and make the copy
 * @prop {FormDefinition} definition - the form, to make the sender's copy
 */
@customElement('wmebv-receipt')
export class WmebvReceipt extends WmebvElement {
  static override lightStyles = [css, copyActionsCss];

  @property({ attribute: false }) receipt?: Receipt;
  @property({ attribute: 'after-submit' }) afterSubmit?: string;
  @property({ attribute: 'form-title' }) formTitle?: string;
  @property({ attribute: 'keys-src' }) keysSrc?: string;
  @property({ attribute: false }) envelope?: Envelope;
  @property({ attribute: false }) definition?: FormDefinition;

  /** The outcome of the check in this browser; `checking` while it runs, `unavailable` without keys. */
  @state() verification: ReceiptVerification | { status: 'checking' } | { status: 'unavailable' } | undefined;
  private checkToken = 0;

  /** Moves focus to the heading with the reference, so screen readers announce it first. */
  override focus(options?: FocusOptions): void {
    this.querySelector<HTMLElement>('.wmebv-receipt__heading')?.focus(options);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('receipt') || changed.has('keysSrc') || changed.has('envelope')) void this.check();
  }

  private async check(): Promise<void> {
    const token = ++this.checkToken;
    const { receipt, keysSrc, envelope } = this;
    if (!receipt || !keysSrc) {
      this.verification = undefined;
      return;
    }
    this.verification = { status: 'checking' };
    let result: NonNullable<WmebvReceipt['verification']>;
    try {
      const response = await fetch(keysSrc, { headers: { accept: 'application/jwk-set+json, application/json' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      result = await verifyReceipt(receipt, await response.json(), { envelope });
    } catch {
      result = { status: 'unavailable' };
    }
    if (token === this.checkToken) this.verification = result;
  }

  private renderVerification(t: Translate, organisation: string): unknown {
    const verification = this.verification;
    if (!verification) return nothing;
    let text: string;
    switch (verification.status) {
      case 'checking':
        text = t('receipt.verifyChecking');
        break;
      case 'valid':
        text = t('receipt.verifyValid', { organisation });
        break;
      case 'unsupported':
        text = t('receipt.verifyUnsupported');
        break;
      case 'unavailable':
        text = t('receipt.verifyUnavailable', { organisation });
        break;
      default: {
        text = t('receipt.verifyInvalid', {
          reason: t(PROBLEM_KEYS[verification.problem], { organisation, pointer: verification.pointer ?? '' }),
          organisation,
        });
      }
    }
    return html`<div class="wmebv-receipt__verification wmebv-receipt__verification--${verification.status}" data-status=${verification.status}>
      <h3>${t('receipt.verifyTitle')}</h3>
      <p role="status">${text}</p>
    </div>`;
  }

  /** The heading with the reference in it (see `renderReference`). */
  private renderHeading(sentence: string, reference: string): unknown {
    const [before = '', after = ''] = sentence.split(MARK);
    return html`${before}<span class="wmebv-receipt__reference-text">${renderReference(reference)}</span>${after}`;
  }

  /**
   * The facts a sender checks the receipt with (Awb 2:17 lid 2): the checksum, the key and the
   * signature, and the outcome of the check, behind a disclosure after the plain facts. It opens
   * by itself when the receipt does not check out, so that warning is never hidden.
   */
  private renderCheckDetails(t: Translate, receipt: Receipt): unknown {
    const invalid = this.verification?.status === 'invalid';
    return html`<details class="wmebv-receipt__check" ?open=${invalid}>
      <summary class="wmebv-receipt__check-summary">${t('receipt.checkDetails')}</summary>
      <dl class="wmebv-receipt__facts">
        <div><dt>${t('receipt.digest')}</dt><dd class="wmebv-receipt__digest">${receipt.digest.value}</dd></div>
        <div><dt>${t('receipt.signatureKey')}</dt><dd class="wmebv-receipt__digest">${receipt.kid}</dd></div>
        <div><dt>${t('receipt.signature')}</dt><dd class="wmebv-receipt__digest">${receipt.signature}</dd></div>
      </dl>
      ${this.renderVerification(t, receipt.organisation.name)}
    </details>`;
  }

  protected override render(): unknown {
    const receipt = this.receipt;
    if (!receipt) return nothing;
    const locale = this.resolvedLocale;
    const t = this.t;
    const time = formatDateTime(receipt.receivedAt, locale);
    return html`<div class="wmebv-receipt">
      <div class="wmebv-receipt__panel">
        <h2 class="wmebv-receipt__heading" tabindex="-1">${this.renderHeading(t('receipt.heading', { reference: MARK }), receipt.reference)}</h2>
        <p class="wmebv-receipt__lead">
          ${t('receipt.receivedAt', { messageType: t(`messageType.${receipt.messageType}`), time })}
        </p>
      </div>
      <p>${t('receipt.keep')}</p>
      <dl class="wmebv-receipt__facts">
        <div><dt>${t('receipt.reference')}</dt><dd class="wmebv-receipt__reference">${renderReference(receipt.reference)}</dd></div>
        <div><dt>${t('receipt.time')}</dt><dd><time datetime=${receipt.receivedAt}>${time}</time></dd></div>
        <div><dt>${t('receipt.receivedBy')}</dt><dd>${receipt.organisation.name}</dd></div>
        <div>
          <dt>${t('receipt.form')}</dt>
          <dd>${this.formTitle ? `${this.formTitle} (${receipt.formId} ${receipt.formVersion})` : `${receipt.formId} ${receipt.formVersion}`}</dd>
        </div>
      </dl>
      ${
        this.afterSubmit
          ? html`<h3>${t('receipt.whatNext')}</h3>
            <p class="wmebv-receipt__after-submit">${this.afterSubmit}</p>`
          : nothing
      }
      ${
        this.definition && this.envelope
          ? html`<h3>${t('receipt.copyTitle')}</h3>
            <p>${t('receipt.copyIntro')}</p>
            ${renderCopyButtons(locale, () => ({ definition: this.definition!, envelope: this.envelope!, receipt }))}`
          : nothing
      }
      ${this.renderCheckDetails(t, receipt)}
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
