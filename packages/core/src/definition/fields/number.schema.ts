/** A number field in a definition, as zod checks it; its check is in `number.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { NUMBER_RULES } from './number.js';

/** A number typed as text (`12,5`), stored in its normal written form (`12.5`). */
export const NumberFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(NUMBER_RULES),
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** Whole numbers only. */
  integer: z.optional(z.boolean()),
});
export type NumberField = z.infer<typeof NumberFieldSchema>;
