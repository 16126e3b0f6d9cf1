/** A postcode field in a definition, as zod checks it; its check is in `postcode.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { POSTCODE_RULES } from './postcode.js';

/** A Dutch postcode, stored as `1234 AB`. */
export const PostcodeFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(POSTCODE_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('postcode'),
});
export type PostcodeField = z.infer<typeof PostcodeFieldSchema>;
