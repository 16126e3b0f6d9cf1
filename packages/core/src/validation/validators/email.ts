/**
 * A pragmatic e-mail check: something, `@`, a domain with a dot, no spaces. Stricter checks reject
 * real addresses; the receipt e-mail is never sent to an address the sender did not confirm.
 */
export function isEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(value);
}
