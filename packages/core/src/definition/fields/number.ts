import { accepted, defineFieldType, rejected } from './field-type.js';
import type { NumberField } from './number.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const NUMBER_RULES = ['number', 'integer', 'min', 'max'] as const;

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

export const numberFieldType = defineFieldType<NumberField>()({
  type: 'number',
  rules: NUMBER_RULES,
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
