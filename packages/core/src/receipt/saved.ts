/** The receipt page's state across a reload, kept in `sessionStorage` (see `submission/progress.ts`). */
import { EnvelopeSchema } from '../submission/envelope.js';
import * as z from '../zod.js';
import { isReceipt } from './check.js';
import type { Receipt } from './receipt.js';

/** What the receipt page needs after a reload: the receipt and the envelope it confirms. */
export const SavedReceiptSchema = z.object({
  // Checked with its format's schema but kept as stored: zod would drop members the schema does not
  // name, and the signature covers every member.
  receipt: z.custom<Receipt>(isReceipt, 'not a receipt'),
  envelope: EnvelopeSchema,
});
export type SavedReceipt = z.infer<typeof SavedReceiptSchema>;
