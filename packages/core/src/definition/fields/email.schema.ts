/** A email field in a definition, as zod checks it; its check is in `email.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { EMAIL_RULES } from './email.js';

/** An e-mail address, stored as typed (trimmed). */
export const EmailFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(EMAIL_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('email'),
});
export type EmailField = z.infer<typeof EmailFieldSchema>;
