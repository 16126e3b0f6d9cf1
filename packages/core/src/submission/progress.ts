/**
 * What a form keeps in `sessionStorage` across a reload (never long-lived storage: AVG), as zod
 * schemas: stored text is parsed on the way back in, so a stale or tampered entry is ignored
 * instead of breaking the form.
 */
import * as z from '../zod.js';
import { FieldValueSchema } from './envelope.js';
import { LATE_REASON_MAX_LENGTH } from './late-reason.js';

/** Answers (not files), the step, agreed declarations, the idempotency key and the late reason. */
export const SavedProgressSchema = z.object({
  values: z.record(z.string(), FieldValueSchema),
  /** Index of the step the user was on (0-based). */
  stepIndex: z.int().check(z.gte(0)),
  /** Declaration id → ISO 8601 time at which the sender agreed. */
  declarations: z.record(z.string(), z.string()),
  /**
   * The Idempotency-Key of this form session's message: kept with the answers so that a resend
   * after a reload (when the first send may have arrived) returns the same receipt.
   */
  idempotencyKey: z.optional(z.string().check(z.minLength(1), z.maxLength(255))),
  /** Why the message is late (Awb 6:11), as typed so far. */
  lateReason: z.optional(z.string().check(z.maxLength(LATE_REASON_MAX_LENGTH))),
  /**
   * File field id → the names of the files chosen there. Files themselves are never stored; after
   * a reload or back/forward the form names them and asks to choose them again (issue 15 item 13).
   */
  fileNames: z.optional(z.record(z.string(), z.array(z.string().check(z.maxLength(1024))).check(z.maxLength(100)))),
});
export type SavedProgress = z.infer<typeof SavedProgressSchema>;

/** Parses stored JSON text with `schema`; undefined for no text, bad JSON or the wrong shape. Never throws. */
export function parseStored<T>(schema: z.ZodMiniType<T>, text: string | null | undefined): T | undefined {
  if (!text) return undefined;
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
