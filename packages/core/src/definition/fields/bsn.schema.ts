/** A bsn field in a definition, as zod checks it; its check is in `bsn.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { BSN_RULES } from './bsn.js';

/** A burgerservicenummer (11-proef), stored as nine digits. */
export const BsnFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(BSN_RULES), type: z.literal('bsn') });
export type BsnField = z.infer<typeof BsnFieldSchema>;
