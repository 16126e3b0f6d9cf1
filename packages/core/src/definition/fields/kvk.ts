import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { defineFieldType } from './field-type.js';
import { checkTrimmedThen } from './text-rules.js';

/** What its check can report besides `required` and `type`; also the keys of its `errorMessages`. */
const RULES = ['kvk'] as const;

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

/** A KvK-nummer, stored as eight digits. */
export const KvkFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(RULES), type: z.literal('kvk') });
export type KvkField = z.infer<typeof KvkFieldSchema>;

export const kvkFieldType = defineFieldType({
  type: 'kvk',
  schema: KvkFieldSchema,
  rules: RULES,
  check: (_field, raw) => checkTrimmedThen(raw, 'kvk', normaliseKvk),
});
