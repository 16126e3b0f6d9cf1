// What wmebv-form shows after the steps, as one lazy chunk (lazy-parts.ts): check your answers, the
// receipt, the proof of attempt, and the sending code ("Verstuur" is on the review only, so it is
// here before anyone can send). One chunk, not four, because they share most of their code (the
// sender's copy, the review list) and every extra file is gzipped alone.
import '../receipt/receipt.js';
export { renderReviewStep, partStyles } from './views/review-step.js';
export { downloadProofOfAttempt } from './submission/proof-of-attempt.js';
export { prepareEnvelope } from './submission/envelope.js';
export { sendEnvelope } from './submission/send.js';
