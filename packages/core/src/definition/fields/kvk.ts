import { defineFieldType } from './field-type.js';
import { checkTrimmedThen } from './text-rules.js';
import type { KvkField } from './kvk.schema.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
export const KVK_RULES = ['kvk'] as const;

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

export const kvkFieldType = defineFieldType<KvkField>()({
  type: 'kvk',
  rules: KVK_RULES,
  check: (_field, raw) => checkTrimmedThen(raw, 'kvk', normaliseKvk),
});
