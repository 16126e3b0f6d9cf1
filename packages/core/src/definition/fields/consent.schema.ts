/** A consent field in a definition, as zod checks it; its check is in `consent.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Id } from '../parts.js';
import { CONSENT_RULES } from './consent.js';

/**
 * Consent to be answered electronically (Awb 2:8): for this kind of message, at the address given
 * in the earlier `email` field `addressField`. A tick box whose label shows that address.
 */
export const ConsentFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(CONSENT_RULES), type: z.literal('consent'), addressField: Id });
export type ConsentField = z.infer<typeof ConsentFieldSchema>;
