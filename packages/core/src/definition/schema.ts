/**
 * The form definition language (docs/design.md, "The definition contract"). These zod schemas are the
 * single source: TypeScript types are inferred from them, never declared twice. The questions'
 * types are modules in `fields/` (a check in `<type>.ts`, its schema in `<type>.schema.ts`), listed
 * in `fields/registry.ts` and `fields/schemas.ts`; this file puts the schemas together with
 * fieldsets, text, steps, declarations and the organisation. What answers and the form's first
 * render need at run time must not import this file (it loads zod): `condition.ts`,
 * `input-field.ts` and the check modules hold that, zod-free.
 */
import * as z from '../zod.js';
import type { LocalizedString } from './localized.js';
import { LocalizedStringSchema } from './localized-schema.js';
import type { Condition } from './condition.js';
import { ConditionSchema, errorMessagesFor, HttpUrl, Id, LegalBasisSchema } from './parts.js';
import { INPUT_FIELD_SCHEMAS, type InputField } from './fields/schemas.js';

export { CONDITION_OPERATORS, isWellFormedCondition, type Condition } from './condition.js';
export { ConditionSchema, LegalBasisSchema, OptionSchema, type LegalBasis, type Option } from './parts.js';
export { FIELD_TYPES, isInputField } from './input-field.js';
export { INPUT_FIELD_SCHEMAS, type InputField } from './fields/schemas.js';
export type { InputFieldType } from './fields/registry.js';
export type { BsnField } from './fields/bsn.schema.js';
export type { IbanField } from './fields/iban.schema.js';
export type { KvkField } from './fields/kvk.schema.js';
export type { EmailField } from './fields/email.schema.js';
export type { TelField } from './fields/tel.schema.js';
export type { PostcodeField } from './fields/postcode.schema.js';

/** The Dutch identifiers with a fixed shape and check (BSN, IBAN, KvK number). */
export type IdentifierField =
  import('./fields/bsn.schema.js').BsnField | import('./fields/iban.schema.js').IbanField | import('./fields/kvk.schema.js').KvkField;

/** A paragraph of text between the questions; no answer. */
export const ContentFieldSchema = z.strictObject({
  id: Id,
  type: z.literal('content'),
  text: LocalizedStringSchema,
  visibleWhen: z.optional(ConditionSchema),
});

export type ContentField = z.infer<typeof ContentFieldSchema>;

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

/**
 * Where a required question's legal basis (Awb 4:4 lid 2) is shown: `question`, a "Waarom vragen we
 * dit?" disclosure under each required question (the default), or `step`, one "Waarom vragen we
 * deze gegevens?" per step listing each basis with the questions it covers, where many questions of
 * a step share a basis and a disclosure under each would repeat it (and double the Tab stops).
 */
export const LegalBasisPlacementSchema = z.enum(['question', 'step']);
export type LegalBasisPlacement = z.infer<typeof LegalBasisPlacementSchema>;

export const StepSchema = z.strictObject({
  id: Id,
  title: LocalizedStringSchema,
  description: z.optional(LocalizedStringSchema),
  /** This step's placement of the legal bases, overriding the form's `legalBasisPlacement`. */
  legalBasisPlacement: z.optional(LegalBasisPlacementSchema),
  fields: z.array(FieldSchema).check(z.minLength(1)),
});
export type Step = z.infer<typeof StepSchema>;

/** A statement the sender agrees to on the review step, after the answers ("Ik verklaar ..."). */
export const DeclarationSchema = z.strictObject({
  id: Id,
  label: LocalizedStringSchema,
  required: z.optional(z.boolean()),
  legalBasis: z.optional(LegalBasisSchema),
  /** Its own message when a required declaration is not agreed to (`required`), as for a question. */
  ...errorMessagesFor([]),
});
export type Declaration = z.infer<typeof DeclarationSchema>;

/** The kinds of bericht (message) to a government body; formal ones need a designated channel (Awb 2:13). */
export const MESSAGE_TYPES = ['aanvraag', 'aanvulling', 'bezwaar', 'klacht', 'melding', 'zienswijze', 'ingebrekestelling', 'overig'] as const;
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
  /** Where the legal bases of required questions are shown; `question` when absent. A step may override it. */
  legalBasisPlacement: z.optional(LegalBasisPlacementSchema),
  /** An indicative deadline shown next to a date field; never blocks sending. */
  deadline: z.optional(z.strictObject({ kind: z.literal('objection'), fromField: Id })),
  steps: z.array(StepSchema).check(z.minLength(1)),
  declarations: z.optional(z.array(DeclarationSchema)),
  /** What happens after sending, shown with the receipt. */
  afterSubmit: z.optional(LocalizedStringSchema),
});

/** A parsed, structurally valid form definition. */
export type FormDefinition = z.infer<typeof FormDefinitionSchema>;
