/** The views of `wmebv-form`, one module per part of the page. */
export type { FormContext } from './context.js';
export { renderBanner, renderLayout, shownOutage } from './layout.js';
export { renderLoadFailure, renderReattach, summaryLinksTo } from './notices.js';
export { renderPage, type PageActions, type PageState } from './page.js';
export { receiptKeysUrl, renderReceipt } from './receipt.js';
export { renderUnavailable } from './support.js';
export { pageTitle } from './title.js';
