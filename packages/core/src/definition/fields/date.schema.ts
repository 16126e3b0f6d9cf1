/** A date field in a definition, as zod checks it; its check is in `date.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { DATE_BOUND, DATE_RULES } from './date.js';

const DateBound = z.string().check(z.regex(DATE_BOUND, 'A date bound is YYYY-MM-DD, "today", or e.g. "today+30d", "today-18y".'));

/** A calendar date, asked as day, month and year; stored as `YYYY-MM-DD`. */
export const DateFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(DATE_RULES),
  type: z.literal('date'),
  minDate: z.optional(DateBound),
  maxDate: z.optional(DateBound),
});
export type DateField = z.infer<typeof DateFieldSchema>;
