/**
 * An answer as it travels and is stored: the normalised value of one field, and the metadata of a
 * file that answers a file field. The lowest layer of core: definitions, validation, the envelope
 * and the review all build on it.
 */
import * as z from '../zod.js';

/** A normalised answer: text as a string, a date as `YYYY-MM-DD`, a file field as attachment ids. */
export const FieldValueSchema = z.union([z.string(), z.boolean(), z.array(z.string())]);
export type FieldValue = z.infer<typeof FieldValueSchema>;
export type FieldValues = Record<string, FieldValue>;

/** A file sent with the submission; its bytes travel as a multipart part named by `id`. */
export const AttachmentSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  /** The id of the file field it answers. */
  field: z.string(),
  name: z.string().check(z.minLength(1), z.maxLength(255)),
  /** Bytes. */
  size: z.int().check(z.gte(0)),
  /** MIME type as reported by the browser (and checked again by the server). */
  type: z.string(),
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type Attachment = z.infer<typeof AttachmentSchema>;
