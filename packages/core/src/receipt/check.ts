/**
 * Whether a value is a receipt of a known format, without zod (D8 in docs/decisions.md): what the
 * browser receives from the server, keeps in `sessionStorage` and verifies is checked with code
 * generated from the receipt schemas (`receipt-check.generated.ts`), which decides as zod does.
 * `parseReceipt` (receipt.ts) is the same check with zod's messages, for the server and the CLI.
 */
import { RECEIPT_FORMAT_V2 } from './format.js';
import type { Receipt, ReceiptShapeProblem } from './receipt.js';
import { checkReceiptV1, checkReceiptV2 } from './receipt-check.generated.js';

/**
 * Checks that a value (from the network, session storage or a file) is a receipt of a known format,
 * as `parseReceipt` does: a value with a `format` member is checked against that format only. On
 * success the value itself (every member kept: the signature covers them); else the JSON pointer of
 * the first problem, and a message only for an unknown format. Never throws.
 */
export function checkReceipt(value: unknown): { ok: true; receipt: Receipt } | { ok: false; problem: ReceiptShapeProblem } {
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== undefined && format !== RECEIPT_FORMAT_V2) {
    return { ok: false, problem: { pointer: '/format', message: `unknown receipt format ${JSON.stringify(format)}` } };
  }
  const checked = format === undefined ? checkReceiptV1(value) : checkReceiptV2(value);
  return checked.ok ? { ok: true, receipt: value as Receipt } : { ok: false, problem: { pointer: checked.pointer, message: '' } };
}

/** Whether `value` is a receipt of a known format (`parseReceipt(value).ok`). */
export function isReceipt(value: unknown): value is Receipt {
  return checkReceipt(value).ok;
}
