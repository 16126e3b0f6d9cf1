/** The receipt page's saved state read back without zod (D8; see `submission/stored.ts`). */
import { readStored } from '../submission/stored.js';
import type { SavedReceipt } from './saved.js';
import { checkSavedReceipt } from './saved-check.generated.js';

/** A saved receipt and envelope from its stored text (`parseStored(SavedReceiptSchema, text)` without zod). */
export const readSavedReceipt = (text: string | null | undefined): SavedReceipt | undefined => readStored<SavedReceipt>(checkSavedReceipt, text);
