/** A tel field in a definition, as zod checks it; its check is in `tel.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { TEL_RULES } from './tel.js';

/** A phone number, Dutch or international, stored as typed (trimmed). */
export const TelFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(TEL_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('tel'),
});
export type TelField = z.infer<typeof TelFieldSchema>;
