/**
 * What a field type is: one module per type (`text.ts`, `postcode.ts`, ...) holds its schema, its
 * normalisation and checks, and how its answer reads on the review step and in the receipt. The
 * registry (`registry.ts`) lists the modules; everything else is derived from that list.
 */
import type { Attachment, FieldValue } from '../../answers/value.js';
import type { MessageKeyIn } from '../../i18n/message-key.js';
import type * as z from '../../zod.js';

/** A rule a field type can report: its message is `validation.<rule>` in the resources. */
export type FieldRule = MessageKeyIn<'validation'>;

/** A message key under `validation.`. */
export type FieldMessageKey = `validation.${FieldRule}`;

/** One problem with an answer, as data; validation adds the field id and the message key. */
export interface FieldProblem<Rule extends string> {
  rule: Rule;
  params?: Record<string, string | number>;
}

/** What `check` makes of a non-empty answer. */
export interface FieldCheck<Rule extends string> {
  /** The normalised answer; also given with a problem, so what the user typed is kept. */
  value?: FieldValue;
  /** Every problem, or none. */
  problems: FieldProblem<Rule>[];
}

/** What a check may need besides the answer. */
export interface CheckContext {
  /** The files sent along (for file fields). */
  attachments: readonly Attachment[];
  /** The moment relative date bounds (`today-18y`) are counted from. */
  now: Date;
}

/** What the review text may need besides the answer. */
export interface ReviewContext {
  locale: string;
  attachments: readonly Attachment[];
}

/** A zod schema of a question: an object with an `id` and a `type` that names the field type. */
type TypedObjectSchema = z.ZodMiniType<{ id: string; type: string; required?: boolean | undefined }>;

/**
 * One field type. `Schema` is the zod schema of a field of this type in a definition, `Rule` the
 * rules its `check` can report besides `required` and `type` (each must have a `validation.` message,
 * or this does not type-check).
 */
export interface FieldTypeModule<Schema extends TypedObjectSchema = TypedObjectSchema, Rule extends FieldRule = FieldRule> {
  /** The `type` value in a definition. */
  type: z.infer<Schema>['type'];
  schema: Schema;
  rules: readonly Rule[];
  /** The message when a mandatory answer is missing; `validation.required` when absent. */
  requiredKey?: FieldMessageKey;
  /** Validates and normalises an answer that is not empty (emptiness is one rule for all types). */
  /** `type` means the answer is not of the shape this type takes (a list for a text field). */
  check(field: z.infer<Schema>, raw: unknown, context: CheckContext): FieldCheck<Rule | 'type'>;
  /** The message key for a problem when it is not `validation.<rule>`. */
  messageKey?(field: z.infer<Schema>, rule: Rule | 'type'): FieldMessageKey | undefined;
  /** The answer as lines for the review and the receipt; the text split at line breaks when absent. */
  review?(field: z.infer<Schema>, value: FieldValue, context: ReviewContext): string[];
}

/** Declares a field type; only for type inference (no registration, no side effects). */
export function defineFieldType<Schema extends TypedObjectSchema, Rule extends FieldRule>(
  module: FieldTypeModule<Schema, Rule>,
): FieldTypeModule<Schema, Rule> {
  return module;
}

/** A check with no problem. */
export function accepted(value: FieldValue): FieldCheck<never> {
  return { value, problems: [] };
}

/** A check with one problem; `value` is what the user typed, kept. */
export function rejected<Rule extends string>(rule: Rule, value?: FieldValue, params?: Record<string, string | number>): FieldCheck<Rule> {
  const problem: FieldProblem<Rule> = params === undefined ? { rule } : { rule, params };
  return value === undefined ? { problems: [problem] } : { value, problems: [problem] };
}
