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
