import { localize } from '@wmebv/core';
import { html, nothing } from 'lit';
import type { SavedReceipt } from '../session-store.js';
import type { FormContext } from './context.js';

/** The receipt page: `wmebv-receipt` with the envelope it confirms (digest check, sender's copy). */
export function renderReceipt({ form, locale }: FormContext, sent: SavedReceipt, keysUrl: string | undefined): unknown {
  return html`<wmebv-receipt
    .receipt=${sent.receipt}
    .envelope=${sent.envelope}
    .definition=${form}
    keys-src=${keysUrl ?? nothing}
    after-submit=${localize(form.afterSubmit, locale)}
    form-title=${localize(form.title, locale)}
    locale=${locale}
  ></wmebv-receipt>`;
}

/**
 * Where the organisation publishes its receipt keys: the `receipt-keys` attribute, or
 * `…/api/receipt-key` derived from an `action` of the form `…/api/forms/:formId/submissions`.
 */
export function receiptKeysUrl(receiptKeys: string | undefined, action: string | undefined): string | undefined {
  if (receiptKeys) return receiptKeys;
  const match = /^(.*\/api\/)forms\/[^/]+\/submissions\/?(\?.*)?$/.exec(action ?? '');
  return match ? `${match[1]}receipt-key` : undefined;
}
