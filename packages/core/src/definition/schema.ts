/**
 * The form definition language (DESIGN.md, "The definition contract"). These zod schemas are the
 * single source: TypeScript types are inferred from them, never declared twice.
 */
import { z } from '../zod.js';
import { LocalizedStringSchema, type LocalizedString } from './localized.js';

const Id = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'An id starts with a letter and holds only letters, digits, "-" and "_".'),
);
const HttpUrl = z.url({ protocol: /^https?$/ });
const PositiveInt = z.int().check(z.positive());
const NonNegativeInt = z.int().check(z.gte(0));

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

/** The operators of a condition; exactly one per condition object. */
export const CONDITION_OPERATORS = ['equals', 'notEquals', 'in', 'filled', 'all', 'any'] as const;

/**
 * When a field is shown (`visibleWhen`). One operator per object:
 * `{ field, equals }`, `{ field, notEquals }`, `{ field, in: [...] }`, `{ field, filled: true|false }`,
 * or `{ all: [conditions] }` / `{ any: [conditions] }`. Hidden fields are never validated or sent.
 */
export interface Condition {
  field?: string;
  equals?: string | boolean;
  notEquals?: string | boolean;
  in?: string[];
  filled?: boolean;
  all?: Condition[];
  any?: Condition[];
}

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

/** Whether a condition object has the right shape; see `ConditionSchema`. */
export function isWellFormedCondition(condition: Condition): boolean {
  const operators = CONDITION_OPERATORS.filter((operator) => condition[operator] !== undefined);
  if (operators.length !== 1) return false;
  return (operators[0] === 'all' || operators[0] === 'any') === (condition.field === undefined);
}

const fieldBase = {
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

/** Length limits count Unicode code points, line breaks as one `\n` each: the same in browser and server. */
const lengthLimits = {
  minLength: z.optional(PositiveInt),
  maxLength: z.optional(PositiveInt),
};

/** A regular expression (JavaScript syntax, `u` flag) the whole answer must match; with the message shown when it does not. */
const patternConstraint = {
  pattern: z.optional(z.string().check(z.minLength(1))),
  patternMessage: z.optional(LocalizedStringSchema),
};

/** A date bound: `YYYY-MM-DD`, or relative to the day of answering: `today`, `today+30d`, `today-18y` (d, w, m, y). */
export const DATE_BOUND = /^(\d{4}-\d{2}-\d{2}|today([+-]\d{1,5}[dwmy])?)$/;
const DateBound = z.string().check(z.regex(DATE_BOUND, 'A date bound is YYYY-MM-DD, "today", or e.g. "today+30d", "today-18y".'));

export const TextFieldSchema = z.strictObject({
  ...fieldBase,
  ...lengthLimits,
  ...patternConstraint,
  type: z.enum(['text', 'email', 'tel', 'postcode']),
});

/** Dutch identifiers with a fixed shape and check: BSN (11-proef), IBAN (mod-97), KvK number (8 digits). */
export const IdentifierFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.enum(['bsn', 'iban', 'kvk']),
});

export const NumberFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('number'),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
  /** Whole numbers only. */
  integer: z.optional(z.boolean()),
});

export const TextareaFieldSchema = z.strictObject({
  ...fieldBase,
  ...lengthLimits,
  ...patternConstraint,
  type: z.literal('textarea'),
  rows: z.optional(PositiveInt),
});

export const DateFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('date'),
  minDate: z.optional(DateBound),
  maxDate: z.optional(DateBound),
});

export const OptionSchema = z.strictObject({ value: z.string().check(z.minLength(1)), label: LocalizedStringSchema });
export type Option = z.infer<typeof OptionSchema>;
const Options = z.array(OptionSchema).check(z.minLength(1));

export const RadioFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('radio'), options: Options });

export const SelectFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('select'), options: Options });

/** One tick box; its answer is `true` or absent. Required means it must be ticked. */
export const CheckboxFieldSchema = z.strictObject({ ...fieldBase, type: z.literal('checkbox') });

/** Several tick boxes; the answer is the list of ticked option values. */
export const CheckboxGroupFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('checkbox-group'),
  options: Options,
  minSelected: z.optional(PositiveInt),
  maxSelected: z.optional(PositiveInt),
});

export const FileFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('file'),
  /** Accepted MIME types (`application/pdf`) or extensions (`.pdf`); any type when absent. */
  accept: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Largest size of one file, in bytes. */
  maxFileSize: z.optional(PositiveInt),
  /** Most files in this field; 1 when absent. */
  maxFiles: z.optional(PositiveInt),
});

/**
 * Consent to be answered electronically (Awb 2:8): for this kind of message, at the address given
 * in the earlier `email` field `addressField`. A tick box whose label shows that address.
 */
export const ConsentFieldSchema = z.strictObject({
  ...fieldBase,
  type: z.literal('consent'),
  addressField: Id,
});

/** A paragraph of text between the questions; no answer. */
export const ContentFieldSchema = z.strictObject({
  id: Id,
  type: z.literal('content'),
  text: LocalizedStringSchema,
  visibleWhen: z.optional(ConditionSchema),
});

export const INPUT_FIELD_SCHEMAS = [
  TextFieldSchema,
  IdentifierFieldSchema,
  NumberFieldSchema,
  TextareaFieldSchema,
  DateFieldSchema,
  RadioFieldSchema,
  SelectFieldSchema,
  CheckboxFieldSchema,
  CheckboxGroupFieldSchema,
  FileFieldSchema,
  ConsentFieldSchema,
] as const;

export type TextField = z.infer<typeof TextFieldSchema>;
export type IdentifierField = z.infer<typeof IdentifierFieldSchema>;
export type NumberField = z.infer<typeof NumberFieldSchema>;
export type TextareaField = z.infer<typeof TextareaFieldSchema>;
export type DateField = z.infer<typeof DateFieldSchema>;
export type RadioField = z.infer<typeof RadioFieldSchema>;
export type SelectField = z.infer<typeof SelectFieldSchema>;
export type CheckboxField = z.infer<typeof CheckboxFieldSchema>;
export type CheckboxGroupField = z.infer<typeof CheckboxGroupFieldSchema>;
export type FileField = z.infer<typeof FileFieldSchema>;
export type ConsentField = z.infer<typeof ConsentFieldSchema>;
export type ContentField = z.infer<typeof ContentFieldSchema>;

/** A field that takes an answer. */
export type InputField = z.infer<(typeof INPUT_FIELD_SCHEMAS)[number]>;

/** A group of fields under a legend; may nest. Hiding it hides everything inside. */
export interface FieldsetField {
  id: string;
  type: 'fieldset';
  label: LocalizedString;
  hint?: LocalizedString;
  visibleWhen?: Condition;
  fields: Field[];
}

/** Anything in a step's `fields`: a question, a fieldset or a paragraph of text. */
export type Field = InputField | FieldsetField | ContentField;
export type FieldType = Field['type'];

export const FieldsetFieldSchema: z.ZodMiniType<FieldsetField> = z.strictObject({
  id: Id,
  type: z.literal('fieldset'),
  label: LocalizedStringSchema,
  hint: z.optional(LocalizedStringSchema),
  visibleWhen: z.optional(ConditionSchema),
  get fields() {
    return z.array(FieldSchema).check(z.minLength(1));
  },
});

export const FieldSchema: z.ZodMiniType<Field> = z.discriminatedUnion('type', [
  ...INPUT_FIELD_SCHEMAS,
  FieldsetFieldSchema as unknown as typeof ContentFieldSchema,
  ContentFieldSchema,
]);

/** The field types the language knows, for messages about an unknown one. */
export const FIELD_TYPES: readonly FieldType[] = [
  'text',
  'email',
  'tel',
  'postcode',
  'number',
  'bsn',
  'iban',
  'kvk',
  'textarea',
  'date',
  'select',
  'radio',
  'checkbox',
  'checkbox-group',
  'file',
  'consent',
  'fieldset',
  'content',
];

/** Field types that take no answer. */
export function isInputField(field: Field): field is InputField {
  return field.type !== 'fieldset' && field.type !== 'content';
}

export const StepSchema = z.strictObject({
  id: Id,
  title: LocalizedStringSchema,
  description: z.optional(LocalizedStringSchema),
  fields: z.array(FieldSchema).check(z.minLength(1)),
});
export type Step = z.infer<typeof StepSchema>;

/** A statement the sender agrees to on the review step, after the answers ("Ik verklaar ..."). */
export const DeclarationSchema = z.strictObject({
  id: Id,
  label: LocalizedStringSchema,
  required: z.optional(z.boolean()),
  legalBasis: z.optional(LegalBasisSchema),
});
export type Declaration = z.infer<typeof DeclarationSchema>;

/** The kinds of bericht (message) to a government body; formal ones need a designated channel (Awb 2:13). */
export const MESSAGE_TYPES = [
  'aanvraag',
  'aanvulling',
  'bezwaar',
  'klacht',
  'melding',
  'zienswijze',
  'ingebrekestelling',
  'overig',
] as const;
export const MessageTypeSchema = z.enum(MESSAGE_TYPES);
export type MessageType = z.infer<typeof MessageTypeSchema>;

export const OrganisationSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  /** The aanwijzingsbesluit that designates this channel for this message type (Awb 2:13 lid 2). */
  designationDecision: z.optional(z.strictObject({ title: LocalizedStringSchema, url: HttpUrl })),
  /** Help and other routes of contact, shown on every step (Awb 2:1 lid 1, WCAG 2.2 SC 3.2.6). */
  support: z.optional(
    z.strictObject({
      phone: z.optional(z.string().check(z.minLength(1))),
      email: z.optional(z.email()),
      url: z.optional(HttpUrl),
      text: z.optional(LocalizedStringSchema),
    }),
  ),
  /** AVG art. 13. */
  privacyStatementUrl: z.optional(HttpUrl),
  /** Toegankelijkheidsverklaring (Tijdelijk besluit digitale toegankelijkheid overheid). */
  accessibilityStatementUrl: z.optional(HttpUrl),
});
export type Organisation = z.infer<typeof OrganisationSchema>;

export const FormDefinitionSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: Id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'A version is three numbers: 1.0.0.')),
  title: LocalizedStringSchema,
  description: z.optional(LocalizedStringSchema),
  organisation: OrganisationSchema,
  messageType: MessageTypeSchema,
  locales: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/))).check(z.minLength(1)),
  /** An indicative deadline shown next to a date field; never blocks sending. */
  deadline: z.optional(z.strictObject({ kind: z.literal('objection'), fromField: Id })),
  steps: z.array(StepSchema).check(z.minLength(1)),
  declarations: z.optional(z.array(DeclarationSchema)),
  /** What happens after sending, shown with the receipt. */
  afterSubmit: z.optional(LocalizedStringSchema),
});

/** A parsed, structurally valid form definition. */
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
