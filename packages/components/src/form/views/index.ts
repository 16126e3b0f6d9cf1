/** The views of `wmebv-form`, one module per part of the page. */
export type { FormContext } from './context.js';
export { deadlineSeemsPassed } from './deadline-hint.js';
export { renderBanner, renderLayout } from './layout.js';
export { renderProblems, renderReattach } from './notices.js';
export { receiptKeysUrl, renderReceipt } from './receipt.js';
export { renderReviewStep } from './review-step.js';
export { renderStep } from './step.js';
export { renderUnavailable } from './support.js';
export { pageTitle } from './title.js';
