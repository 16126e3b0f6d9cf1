/** A checkbox-group field in a definition, as zod checks it; its check is in `checkbox-group.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, Options, PositiveInt } from '../parts.js';
import { CHECKBOX_GROUP_RULES } from './checkbox-group.js';

/** Several tick boxes; the answer is the list of ticked option values, in the options' order. */
export const CheckboxGroupFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(CHECKBOX_GROUP_RULES),
  type: z.literal('checkbox-group'),
  options: Options,
  minSelected: z.optional(PositiveInt),
  maxSelected: z.optional(PositiveInt),
});
export type CheckboxGroupField = z.infer<typeof CheckboxGroupFieldSchema>;
