/** A kenteken field in a definition, as zod checks it; its check is in `kenteken.ts`. */
import * as z from '../../zod.js';
import { errorMessagesFor, fieldBase } from '../parts.js';
import { KENTEKEN_RULES } from './kenteken.js';

/** A Dutch licence plate (kenteken), stored as written on the plate: `AB-12-CD`. */
export const KentekenFieldSchema = z.strictObject({ ...fieldBase, ...errorMessagesFor(KENTEKEN_RULES), type: z.literal('kenteken') });
export type KentekenField = z.infer<typeof KentekenFieldSchema>;
