import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { LegalBasisSchema, MESSAGE_TYPES, MessageTypeSchema, OrganisationSchema, type MessageType } from '@wmebv/core';
import type { ImportOptions } from './convert-form.js';

/** `--mapping mapping.json`: per form (slug or uuid) its message type and legal bases by component key. */
export const MappingSchema = z.record(
  z.string(),
  z.strictObject({ messageType: z.optional(MessageTypeSchema), legalBases: z.optional(z.record(z.string(), LegalBasisSchema)) }),
);

/**
 * The importer's options from the command line (`organisation`, `mapping`, `message-type`, `schema`),
 * with the files read and checked. Returns a sentence naming the problem instead of throwing.
 */
export async function readImportOptions(values: Readonly<Record<string, string>>): Promise<ImportOptions | string> {
  const options: ImportOptions = {};
  try {
    if (values['organisation']) options.organisation = parseWith(OrganisationSchema, await readJson(values['organisation']), values['organisation']);
    if (values['mapping']) options.mapping = parseWith(MappingSchema, await readJson(values['mapping']), values['mapping']);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const messageType = values['message-type'];
  if (messageType) {
    if (!(MESSAGE_TYPES as readonly string[]).includes(messageType))
      return `Unknown message type "${messageType}"; one of ${MESSAGE_TYPES.join(', ')}.`;
    options.messageType = messageType as MessageType;
  }
  if (values['schema']) options.schema = values['schema'];
  return options;
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseWith<T>(schema: z.ZodMiniType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new Error(`${file}: ${issue.message} at /${issue.path.join('/')}`);
}
