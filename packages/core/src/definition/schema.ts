/**
 * The form definition language (DESIGN.md, "The definition contract"). These zod schemas are the
 * single source: TypeScript types are inferred from them, never declared twice.
 */
import { z } from '../zod.js';
import { LocalizedStringSchema } from './localized.js';

const Id = z.string().check(
  z.regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'An id starts with a letter and holds only letters, digits, "-" and "_".'),
);
const HttpUrl = z.url({ protocol: /^https?$/ });
const PositiveInt = z.int().check(z.positive());

/**
 * Where a mandatory question gets its right to be mandatory (Awb 4:4 lid 2): the article of law or
 * regulation that needs the data. `law` is a short title ("Awb", "Wet BRP", a local verordening);
 * `url` points at the text, e.g. on wetten.overheid.nl.
 */
export const LegalBasisSchema = z.object({
  law: z.string().check(z.minLength(1)),
  article: z.string().check(z.minLength(1)),
  paragraph: z.optional(z.string()),
  point: z.optional(z.string()),
  url: HttpUrl,
  /** Shown to the citizen under "Waarom vragen we dit?". */
  explanation: z.optional(LocalizedStringSchema),
});
export type LegalBasis = z.infer<typeof LegalBasisSchema>;

/** Shows a field only while another field has a given value; hidden fields are never validated or sent. */
export const ConditionSchema = z.object({
  field: Id,
  equals: z.union([z.string(), z.boolean()]),
});
export type Condition = z.infer<typeof ConditionSchema>;

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

export const TextFieldSchema = z.object({
  ...fieldBase,
  ...lengthLimits,
  type: z.enum(['text', 'email', 'tel', 'postcode']),
});

export const TextareaFieldSchema = z.object({
  ...fieldBase,
  ...lengthLimits,
  type: z.literal('textarea'),
  rows: z.optional(PositiveInt),
});

export const DateFieldSchema = z.object({ ...fieldBase, type: z.literal('date') });

export const OptionSchema = z.object({ value: z.string().check(z.minLength(1)), label: LocalizedStringSchema });
export type Option = z.infer<typeof OptionSchema>;

export const RadioFieldSchema = z.object({
  ...fieldBase,
  type: z.literal('radio'),
  options: z.array(OptionSchema).check(z.minLength(1)),
});

export const FileFieldSchema = z.object({
  ...fieldBase,
  type: z.literal('file'),
  /** Accepted MIME types (`application/pdf`) or extensions (`.pdf`); any type when absent. */
  accept: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Largest size of one file, in bytes. */
  maxFileSize: z.optional(PositiveInt),
  /** Most files in this field; 1 when absent. */
  maxFiles: z.optional(PositiveInt),
});

export const FieldSchema = z.discriminatedUnion('type', [
  TextFieldSchema,
  TextareaFieldSchema,
  DateFieldSchema,
  RadioFieldSchema,
  FileFieldSchema,
]);

export type TextField = z.infer<typeof TextFieldSchema>;
export type TextareaField = z.infer<typeof TextareaFieldSchema>;
export type DateField = z.infer<typeof DateFieldSchema>;
export type RadioField = z.infer<typeof RadioFieldSchema>;
export type FileField = z.infer<typeof FileFieldSchema>;
export type Field = z.infer<typeof FieldSchema>;
export type FieldType = Field['type'];

/** The field types the language knows, for messages about an unknown one. */
export const FIELD_TYPES: readonly FieldType[] = ['text', 'email', 'tel', 'postcode', 'textarea', 'date', 'radio', 'file'];

export const StepSchema = z.object({
  id: Id,
  title: LocalizedStringSchema,
  description: z.optional(LocalizedStringSchema),
  fields: z.array(FieldSchema).check(z.minLength(1)),
});
export type Step = z.infer<typeof StepSchema>;

/** A statement the sender agrees to on the review step, after the answers ("Ik verklaar ..."). */
export const DeclarationSchema = z.object({
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

export const OrganisationSchema = z.object({
  name: z.string().check(z.minLength(1)),
  /** The aanwijzingsbesluit that designates this channel for this message type (Awb 2:13 lid 2). */
  designationDecision: z.optional(z.object({ title: LocalizedStringSchema, url: HttpUrl })),
  /** Help and other routes of contact, shown on every step (Awb 2:1 lid 1, WCAG 2.2 SC 3.2.6). */
  support: z.optional(
    z.object({
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

export const FormDefinitionSchema = z.object({
  $schema: z.optional(z.string()),
  id: Id,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/, 'A version is three numbers: 1.0.0.')),
  title: LocalizedStringSchema,
  description: z.optional(LocalizedStringSchema),
  organisation: OrganisationSchema,
  messageType: MessageTypeSchema,
  locales: z.array(z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/))).check(z.minLength(1)),
  /** An indicative deadline shown next to a date field; never blocks sending. */
  deadline: z.optional(z.object({ kind: z.literal('objection'), fromField: Id })),
  steps: z.array(StepSchema).check(z.minLength(1)),
  declarations: z.optional(z.array(DeclarationSchema)),
  /** What happens after sending, shown with the receipt. */
  afterSubmit: z.optional(LocalizedStringSchema),
});

/** A parsed, structurally valid form definition. */
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
