/** A file field in a definition, as zod checks it; its check is in `file.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase, PositiveInt } from '../parts.js';
import { FILE_RULES } from './file.js';

/** Attachments; the answer is the list of attachment ids, each file a part of the submission. */
export const FileFieldSchema = z.strictObject({
  ...fieldBase,
  ...errorMessagesFor(FILE_RULES),
  type: z.literal('file'),
  /** Accepted MIME types (`application/pdf`) or extensions (`.pdf`); any type when absent. */
  accept: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Largest size of one file, in bytes. */
  maxFileSize: z.optional(PositiveInt),
  /** Most files in this field; 1 when absent. */
  maxFiles: z.optional(PositiveInt),
});
export type FileField = z.infer<typeof FileFieldSchema>;
