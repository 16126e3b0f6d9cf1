/** A kvk field in a definition, as zod checks it; its check is in `kvk.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { KVK_RULES } from './kvk.js';

/** A KvK-nummer, stored as eight digits. */
export const KvkFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(KVK_RULES), type: z.literal('kvk') });
export type KvkField = z.infer<typeof KvkFieldSchema>;
