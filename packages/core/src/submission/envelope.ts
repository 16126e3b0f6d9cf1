/**
 * The submission envelope (docs/design.md): one shape from browser to server to receipt.
 */
import { AttachmentSchema, FieldValueSchema } from '../answers/value.js';
import * as z from '../zod.js';
import { LATE_REASON_MAX_LENGTH } from './late-reason.js';

export { AttachmentSchema, FieldValueSchema, type Attachment, type FieldValue, type FieldValues } from '../answers/value.js';

export const EnvelopeSchema = z.object({
  formId: z.string().check(z.minLength(1)),
  formVersion: z.string().check(z.minLength(1)),
  locale: z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z]{2})?$/)),
  /** Field id → answer; hidden and unanswered fields are absent. */
  values: z.record(z.string(), FieldValueSchema),
  /** Declaration id → ISO 8601 time (with offset) at which the sender agreed. */
  declarations: z.record(z.string(), z.isoDateTime({ offset: true })),
  attachments: z.array(AttachmentSchema),
  /**
   * Why the message is sent after its period ended, in the sender's words (Awb 6:11), when the form
   * estimated that the period had passed (`deadline` in the definition). Reserved: not a field of
   * any definition, optional, and only present when the sender wrote something.
   */
  lateReason: z.optional(z.string().check(z.minLength(1), z.maxLength(LATE_REASON_MAX_LENGTH))),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

/** A structural problem in an envelope (bad JSON shape): the server answers 400. */
export interface EnvelopeProblem {
  pointer: string;
  message: string;
}

/** Checks the shape of an envelope; does not validate answers (see `validateSubmission`). */
export function parseEnvelope(input: unknown): { ok: true; envelope: Envelope } | { ok: false; problems: EnvelopeProblem[] } {
  const result = EnvelopeSchema.safeParse(input);
  if (result.success) return { ok: true, envelope: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      pointer: issue.path.map((segment) => '/' + String(segment)).join(''),
      message: issue.message,
    })),
  };
}
