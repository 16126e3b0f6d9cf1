/** A checkbox field in a definition, as zod checks it; its check is in `checkbox.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { CHECKBOX_RULES } from './checkbox.js';

/** One tick box; its answer is `true` or absent. Required means it must be ticked. */
export const CheckboxFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(CHECKBOX_RULES), type: z.literal('checkbox') });
export type CheckboxField = z.infer<typeof CheckboxFieldSchema>;
