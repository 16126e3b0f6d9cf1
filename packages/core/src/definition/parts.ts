/**
 * The building blocks of the definition language that field types share: ids, legal bases,
 * conditions, the members every question has, length and pattern constraints, options. The field
 * type modules' schemas (`fields/*.schema.ts`) and the document schema (`schema.ts`) build on these.
 * What answers need at run time without zod is elsewhere: conditions in `condition.ts`, date
 * bounds in `fields/date.ts`.
 */
import * as z from '../zod.js';
import type { Condition } from './condition.js';
import { LocalizedStringSchema } from './localized-schema.js';

/** An id: starts with a letter; letters, digits, `-` and `_`. */
export const Id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'An id starts with a letter and holds only letters, digits, "-" and "_".'));
export const HttpUrl = z.url({ protocol: /^https?$/ });
export const PositiveInt = z.int().check(z.positive());

/**
 * Where a mandatory question gets its right to be mandatory (Awb 4:4 lid 2): the article of law or
 * regulation that needs the data. `law` is a short title ("Awb", "Wet BRP", a local verordening);
 * `url` points at the text, e.g. on wetten.overheid.nl. Whether `law`, `article` and `url` are
 * filled in and well-formed is the rule `legal-basis-incomplete`, so the form builder gets that
 * rule's message (with the way out) rather than a bare schema error.
 */
export const LegalBasisSchema = z.strictObject({
  law: z.string(),
  article: z.string(),
  paragraph: z.optional(z.string()),
  point: z.optional(z.string()),
  url: z.string(),
  /** Shown to the citizen under "Waarom vragen we dit?". */
  explanation: z.optional(LocalizedStringSchema),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/**
 * "Exactly one operator, and `field` exactly when the operator is not `all`/`any`" is checked by
 * `parseDefinition` after the schema (`conditionShapeProblems`): zod/mini evaluates a recursive
 * object's shape when a check is attached, which a self-referencing schema cannot allow.
 */
export const ConditionSchema: z.ZodMiniType<Condition> = z.strictObject({
  field: z.optional(Id),
  equals: z.optional(z.union([z.string(), z.boolean()])),
  notEquals: z.optional(z.union([z.string(), z.boolean()])),
  in: z.optional(z.array(z.string()).check(z.minLength(1))),
  filled: z.optional(z.boolean()),
  get all() {
    return z.optional(z.array(ConditionSchema).check(z.minLength(1)));
  },
  get any() {
    return z.optional(z.array(ConditionSchema).check(z.minLength(1)));
  },
});

/** What every question has, whatever its type. */
export const fieldBase = {
  id: Id,
  label: LocalizedStringSchema,
  hint: z.optional(LocalizedStringSchema),
  /** Optional unless true; true needs a `legalBasis` (rule `required-without-legal-basis`). */
  required: z.optional(z.boolean()),
  legalBasis: z.optional(LegalBasisSchema),
  visibleWhen: z.optional(ConditionSchema),
  /** An HTML autocomplete token (`name`, `postal-code`, ...), passed to the native control. */
  autocomplete: z.optional(z.string()),
};

/** The members of a question's `errorMessages`: `required` and the rules of its type. */
type ErrorMessagesShape<Rule extends string> = { [Key in 'required' | Rule]: z.ZodMiniOptional<typeof LocalizedStringSchema> };

/**
 * A question's own error messages, one per kind of error, in place of the library's defaults
 * (`{ "required": { "nl": "Vul uw naam in", "en": "Enter your name" } }`): GOV.UK and NL Design
 * System write them per question (WCAG 2.2 SC 3.3.1, 3.3.3). The keys are `required` and the rules
 * its field type can report (`maxLength`, `date`, `fileSize` ...), so an editor offers exactly those
 * and a misspelt key is reported (`unknown-property`). A message may use the parameters of the
 * default one (`{{max}}`, `{{name}}` ...). Rule `missing-error-message` warns when a required
 * question has no `required` message.
 */
export function errorMessagesFor<const Rule extends string>(rules: readonly Rule[]) {
  const shape = Object.fromEntries(['required', ...rules].map((rule) => [rule, z.optional(LocalizedStringSchema)]));
  return { errorMessages: z.optional(z.strictObject(shape as ErrorMessagesShape<Rule>)) };
}

/** Length limits count Unicode code points, line breaks as one `\n` each: the same in browser and server. */
export const lengthLimits = {
  minLength: z.optional(PositiveInt),
  maxLength: z.optional(PositiveInt),
};

/** A regular expression (JavaScript syntax, `u` flag) the whole answer must match; with the message shown when it does not. */
export const patternConstraint = {
  pattern: z.optional(z.string().check(z.minLength(1))),
  patternMessage: z.optional(LocalizedStringSchema),
};

export const OptionSchema = z.strictObject({ value: z.string().check(z.minLength(1)), label: LocalizedStringSchema });
export type Option = z.infer<typeof OptionSchema>;
/** A list of at least one option (radio, select, checkbox group). */
export const Options = z.array(OptionSchema).check(z.minLength(1));
