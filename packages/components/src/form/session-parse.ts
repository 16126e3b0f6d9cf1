/**
 * Reads what a form's session stored (`session-store.ts`) with core's zod schemas: the progress, and
 * the receipt with the envelope it confirms. A chunk of its own: a first visit has nothing stored
 * and does not load the receipt's, review's and envelope's schemas (issue 11: a small first load).
 */
export { parseStored, SavedProgressSchema, SavedReceiptSchema } from '@wmebv/core';
