/** A text field in a definition, as zod checks it; its check is in `text.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, lengthLimits, patternConstraint } from '../parts.js';
import { TEXT_RULES } from './text-rules.js';

/** One line of free text, stored trimmed. */
export const TextFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(TEXT_RULES),
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('text'),
});
export type TextField = z.infer<typeof TextFieldSchema>;
