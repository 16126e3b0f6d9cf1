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
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { convertExport, type ImportedForm } from './convert-form.js';
import { readImportOptions } from './import-options.js';
import { readExports, type ReadFailure } from './read-export.js';
import { formatImportReport } from './import-report.js';
import { parseOptions } from '../options.js';

export const IMPORT_USAGE =
  'Usage: wmebv import-open-forms EXPORT.zip|FOLDER... --out DIR [--organisation org.json] [--message-type TYPE] [--mapping mapping.json] [--schema URL] [--format text|json]';

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
  const options = await readImportOptions(values);
  if (typeof options === 'string') {
    process.stderr.write(`wmebv import-open-forms: ${options}\n`);
    return 2;
  }

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

function usage(problem: string): number {
  process.stderr.write(`wmebv import-open-forms: ${problem}\n${IMPORT_USAGE}\n`);
  return 2;
}
