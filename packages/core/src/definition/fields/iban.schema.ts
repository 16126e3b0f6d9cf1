/** A iban field in a definition, as zod checks it; its check is in `iban.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { IBAN_RULES } from './iban.js';

/** An IBAN (mod-97), stored in groups of four, upper case. */
export const IbanFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(IBAN_RULES), type: z.literal('iban') });
export type IbanField = z.infer<typeof IbanFieldSchema>;
