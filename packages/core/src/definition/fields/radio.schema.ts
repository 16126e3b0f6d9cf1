/** A radio field in a definition, as zod checks it; its check is in `radio.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options } from '../parts.js';
import { RADIO_RULES } from './radio.js';

/** One choice from a few options, shown as radio buttons. The answer is the option's value. */
export const RadioFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RADIO_RULES), type: z.literal('radio'), options: Options });
export type RadioField = z.infer<typeof RadioFieldSchema>;
