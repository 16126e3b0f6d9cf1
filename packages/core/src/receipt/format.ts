/** The receipt formats, without zod (the schemas are in `receipt.ts`, for the server and the CLI). */
import type { Receipt, ReceiptV2 } from './receipt.js';

/** The `format` member of a format-2 receipt. Format 1 receipts have no `format` member. */
export const RECEIPT_FORMAT_V2 = 'wmebv-receipt/2';

/** Whether a receipt states its declarations and anchor itself (format 2). */
export const isReceiptV2 = (receipt: Receipt): receipt is ReceiptV2 => receipt.format === RECEIPT_FORMAT_V2;
