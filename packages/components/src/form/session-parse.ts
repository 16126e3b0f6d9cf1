/**
 * Reads what a form's session stored (`session-store.ts`) with the checks core generates from its
 * zod schemas (no zod in browsers, D8): the progress, and the receipt with the envelope it
 * confirms. A chunk of its own: a first visit has nothing stored and does not load those checks
 * (issue 11: a small first load).
 */
export { readSavedProgress, readSavedReceipt } from '@wmebv/core';
