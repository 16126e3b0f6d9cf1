/**
 * `wmebv import-open-forms EXPORT... --out DIR [--organisation org.json] [--message-type TYPE]
 *  [--mapping mapping.json] [--schema URL] [--format text|json]`
 *
 * Reads Open Forms exports (a form's ZIP, a bulk ZIP of form ZIPs, or folders of either), writes one
 * definition per form into DIR (`<id>.json`, with `$schema`), and prints the import report: per form,
 * what was not imported or was imported differently, and why.
 *
 * Exit codes: 0 every form imported; 1 some export or form could not be imported (the others were);
 * 2 wrong use, an unreadable option file, or nothing imported at all.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as z from 'zod/mini';
import { LegalBasisSchema, MESSAGE_TYPES, MessageTypeSchema, OrganisationSchema, type MessageType } from '@wmebv/core';
import { convertExport, type ImportedForm, type ImportOptions } from './convert-form.js';
import { readExports, type ReadFailure } from './read-export.js';
import { formatImportReport } from './import-report.js';
import { parseOptions } from '../options.js';

export const IMPORT_USAGE =
  'Usage: wmebv import-open-forms EXPORT.zip|FOLDER... --out DIR [--organisation org.json] [--message-type TYPE] [--mapping mapping.json] [--schema URL] [--format text|json]';

const MappingSchema = z.record(
  z.string(),
  z.strictObject({ messageType: z.optional(MessageTypeSchema), legalBases: z.optional(z.record(z.string(), LegalBasisSchema)) }),
);

export async function importOpenFormsCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseOptions(argv, ['out', 'organisation', 'message-type', 'mapping', 'schema', 'format']);
  if (typeof parsed === 'string') return usage(parsed);
  const { values, positional, help } = parsed;
  if (help) {
    process.stdout.write(IMPORT_USAGE + '\n');
    return 0;
  }
  if (positional.length === 0) return usage('Name at least one export.');
  if (!values['out']) return usage('Give --out DIR: the folder for the definitions.');
  const format = values['format'] ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(`Unknown format "${format}".`);
  const options: ImportOptions = {};
  try {
    if (values['organisation']) options.organisation = parseWith(OrganisationSchema, await readJson(values['organisation']), values['organisation']);
    if (values['mapping']) options.mapping = parseWith(MappingSchema, await readJson(values['mapping']), values['mapping']);
  } catch (error) {
    process.stderr.write(`wmebv import-open-forms: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  if (values['message-type']) {
    if (!(MESSAGE_TYPES as readonly string[]).includes(values['message-type'])) return usage(`Unknown message type "${values['message-type']}"; one of ${MESSAGE_TYPES.join(', ')}.`);
    options.messageType = values['message-type'] as MessageType;
  }
  if (values['schema']) options.schema = values['schema'];

  const forms: ImportedForm[] = [];
  const failures: ReadFailure[] = [];
  for (const input of positional) {
    const read = await readExports(input);
    failures.push(...read.failures);
    for (const exported of read.exports) {
      const converted = convertExport(exported, options);
      if (converted.ok) forms.push(converted.form);
      else failures.push({ source: converted.source, problem: converted.problem });
    }
  }
  const out = values['out'];
  await mkdir(out, { recursive: true });
  const written: string[] = [];
  const taken = new Set<string>();
  for (const form of forms) {
    const id = String(form.definition['id']);
    let name = `${id}.json`;
    for (let count = 2; taken.has(name); count++) name = `${id}-${count}.json`;
    taken.add(name);
    const file = path.join(out, name);
    await writeFile(file, JSON.stringify(form.definition, null, 2) + '\n');
    written.push(file);
  }
  process.stdout.write(formatImportReport(forms, written, failures, format));
  if (forms.length === 0) return 2;
  return failures.length > 0 ? 1 : 0;
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

function usage(problem: string): number {
  process.stderr.write(`wmebv import-open-forms: ${problem}\n${IMPORT_USAGE}\n`);
  return 2;
}
