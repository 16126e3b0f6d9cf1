/**
 * What a field type is: one module per type (`text.ts`, `postcode.ts`, ...) holds its rules, its
 * normalisation and checks, the words of its own rules (Dutch and English), and how its answer reads
 * on the review step and in the receipt; its zod schema sits beside it in `<type>.schema.ts`. The
 * registry (`registry.ts`) lists the modules, `schemas.ts` their schemas; everything else is derived
 * from those lists. The check half imports no zod, so answers are checked without loading it.
 */
import type { Attachment, FieldValue } from '../../answers/value.js';
import type { MessageKeyIn } from '../../i18n/message-key.js';

/**
 * A rule several types share (`minLength`, `pattern`, `option` ...): its message is
 * `validation.<rule>` in the resources (`i18n/nl.ts`, `i18n/en.ts`).
 */
export type SharedFieldRule = MessageKeyIn<'validation'>;

/** A message key under `validation.` in the resources. */
export type FieldMessageKey = `validation.${SharedFieldRule}`;

/**
 * The words of a type's own rules, as i18next templates (`{{label}}` and the problem's params):
 * Dutch (the source of truth) and English with exactly the same keys. They are served as
 * `validation.<rule>`, and a question's `errorMessages.<rule>` replaces them.
 */
export interface FieldTypeMessages<Rule extends string> {
  nl: Readonly<Record<Rule, string>>;
  en: Readonly<Record<Rule, string>>;
}

/** `messages` is required exactly when the type has rules of its own (not in the resources), with one message for each. */
type OwnMessages<Rule extends string> = [Exclude<Rule, SharedFieldRule>] extends [never]
  ? { messages?: FieldTypeMessages<never> }
  : { messages: FieldTypeMessages<Exclude<Rule, SharedFieldRule>> };

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

/** A question as a definition holds it: an object with an `id` and a `type` that names the field type. */
export interface TypedField {
  id: string;
  type: string;
  required?: boolean | undefined;
}

/**
 * One field type. `Field` is a field of this type in a definition (the type its zod schema in
 * `<type>.schema.ts` infers), `Rule` the rules its `check` can report besides `required` and `type`.
 * Each rule needs words: a shared one has them in the resources, a rule of the type's own in
 * `messages` (nl and en), or this does not type-check.
 */
export type FieldTypeModule<Field extends TypedField = TypedField, Rule extends string = string> = FieldTypeParts<Field, Rule> & OwnMessages<Rule>;

/** What every field type module has (`FieldTypeModule` adds its messages). */
interface FieldTypeParts<Field extends TypedField, Rule extends string> {
  /** The `type` value in a definition. */
  type: Field['type'];
  rules: readonly Rule[];
  /** The message when a mandatory answer is missing; `validation.required` when absent. */
  requiredKey?: FieldMessageKey;
  /** Validates and normalises an answer that is not empty (emptiness is one rule for all types). */
  /** `type` means the answer is not of the shape this type takes (a list for a text field). */
  check(field: Field, raw: unknown, context: CheckContext): FieldCheck<NoInfer<Rule> | 'type'>;
  /** The message key for a problem when it is not `validation.<rule>`. */
  messageKey?(field: Field, rule: NoInfer<Rule> | 'type'): FieldMessageKey | undefined;
  /** The answer as lines for the review and the receipt; the text split at line breaks when absent. */
  review?(field: Field, value: FieldValue, context: ReviewContext): string[];
}

/**
 * Declares a field type of `Field` (`defineFieldType<TextField>()({ ... })`); only for type
 * inference (no registration, no side effects). `Field` is named, the rules are inferred from the
 * module: TypeScript cannot take one type argument and infer the other in a single call.
 */
export function defineFieldType<Field extends TypedField>() {
  return <Rule extends string>(module: FieldTypeModule<Field, Rule>): FieldTypeModule<Field, Rule> => module;
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
