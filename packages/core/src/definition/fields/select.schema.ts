/** A select field in a definition, as zod checks it; its check is in `select.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options } from '../parts.js';
import { SELECT_RULES } from './select.js';

/** One choice from a longer list, shown as a select. The answer is the option's value. */
export const SelectFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(SELECT_RULES), type: z.literal('select'), options: Options });
export type SelectField = z.infer<typeof SelectFieldSchema>;
