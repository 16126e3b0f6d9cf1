/**
 * KvK-nummer (Handelsregister): eight digits. The KvK dropped its check digit rule in 2016, so
 * there is no checksum to apply. Spaces and dots between groups are allowed and dropped.
 *
 * @returns the eight digits, or undefined
 */
export function normaliseKvk(input: string): string | undefined {
  const digits = input.replace(/[\s.]/g, '');
  return /^\d{8}$/.test(digits) ? digits : undefined;
}
