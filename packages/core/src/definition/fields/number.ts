import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { accepted, defineFieldType, rejected } from './field-type.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = ['number', 'integer', 'min', 'max'] as const;

/**
 * A number as people type it in the Netherlands or elsewhere: optional minus, digits, an optional
 * decimal comma or point (`12,5`, `-3`, `0.25`). No thousands separators: `1.000` would be
 * ambiguous.
 *
 * @returns the number in its normal written form (`12.5`), or undefined
 */
export function normaliseNumber(input: string): string | undefined {
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(input.trim());
  if (!match) return undefined;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const written = fraction ? `${whole}.${fraction}` : whole;
  return match[1] && written !== '0' ? `-${written}` : written;
}

/** A number typed as text (`12,5`), stored in its normal written form (`12.5`). */
export const NumberFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(RULES),
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** Whole numbers only. */
  integer: z.optional(z.boolean()),
});
export type NumberField = z.infer<typeof NumberFieldSchema>;

export const numberFieldType = defineFieldType({
  type: 'number',
  schema: NumberFieldSchema,
  rules: RULES,
  check(field, raw) {
    if (typeof raw !== 'string') return rejected('type');
    const value = normaliseNumber(raw);
    if (value === undefined) return rejected('number', raw.trim());
    const number = Number(value);
    if (field.integer && !Number.isInteger(number)) return rejected('integer', value);
    if (field.min !== undefined && number < field.min) return rejected('min', value, { min: field.min });
    if (field.max !== undefined && number > field.max) return rejected('max', value, { max: field.max });
    return accepted(value);
  },
});
