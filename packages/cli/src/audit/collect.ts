/**
 * Gathers the forms to audit: our definitions (`.json` files, folders of them) and Open Forms
 * exports (`.zip`, or a folder holding `forms.json`), which go through the importer in memory. Each
 * definition is linted with `lintText`, the same path as `wmebv lint`, so every rule core has (and
 * any rule added later) is in the audit.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { lintText, unreadable, type FileResult } from '../lint.js';
import type { ImportNote } from '../open-forms/context.js';
import { convertExport, type ImportOptions } from '../open-forms/convert-form.js';
import { readExports } from '../open-forms/read-export.js';
import { markSameForms } from '../same-form.js';
import { formFacts, type FormFacts } from './facts.js';

export interface AuditedForm {
  /** Where the form came from, as the report names it. */
  file: string;
  id: string;
  title: unknown;
  facts: FormFacts;
  /** The findings of `wmebv lint`, placed at line and column. */
  result: FileResult;
  /** For an Open Forms export: what the importer could not carry over (the audit cannot see it). */
  notes: ImportNote[];
  /** Top-level properties the definition lacks and the audit assumed to run the rules. */
  unknown: Array<'messageType' | 'organisation'>;
}

/** The text each form was linted from, for the check across files (`markSameForms`). */
const texts = new WeakMap<AuditedForm, string>();

/** Reads every input; what cannot be read becomes an unreadable result (exit code 2). Never throws. */
export async function collectForms(inputs: readonly string[], options: ImportOptions, locale: string): Promise<AuditedForm[]> {
  const forms: AuditedForm[] = [];
  for (const input of inputs) await collect(input, options, locale, forms, true);
  markSameForms(
    forms.map((form) => ({ result: form.result, text: texts.get(form) })),
    locale,
  );
  return forms;
}

async function collect(input: string, options: ImportOptions, locale: string, forms: AuditedForm[], named: boolean): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    forms.push(failed(input, error instanceof Error ? error.message : String(error), locale));
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(input)).sort();
    if (names.includes('forms.json')) return collectExport(input, options, locale, forms);
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = path.join(input, name);
      const child = await stat(full);
      if (child.isDirectory() || /\.(json|zip)$/i.test(name)) await collect(full, options, locale, forms, false);
    }
    return;
  }
  if (/\.zip$/i.test(input)) return collectExport(input, options, locale, forms);
  if (!named && !/\.json$/i.test(input)) return;
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    forms.push(failed(input, error instanceof Error ? error.message : String(error), locale));
    return;
  }
  forms.push(audit(input, text.replace(/^\uFEFF/, ''), locale, []));
}

async function collectExport(input: string, options: ImportOptions, locale: string, forms: AuditedForm[]): Promise<void> {
  const read = await readExports(input);
  for (const failure of read.failures) forms.push(failed(failure.source, failure.problem, locale));
  for (const exported of read.exports) {
    const converted = convertExport(exported, options);
    if (!converted.ok) {
      forms.push(failed(converted.source, converted.problem, locale));
      continue;
    }
    const text = JSON.stringify(converted.form.definition, null, 2) + '\n';
    forms.push(audit(`${converted.form.source} (${converted.form.slug})`, text, locale, converted.form.notes));
  }
}

/**
 * Lints one definition. A definition without `messageType` or `organisation` (an Open Forms import
 * without a mapping) is linted as if they were there, so the other rules still run; the report says
 * they are unknown, and findings about the stand-ins are left out.
 */
export function audit(file: string, text: string, locale: string, notes: ImportNote[]): AuditedForm {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  const object = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const unknown: AuditedForm['unknown'] = [];
  let standIns = '';
  if (object && object['messageType'] === undefined) {
    unknown.push('messageType');
    standIns += '"messageType":"overig",';
  }
  if (object && object['organisation'] === undefined) {
    unknown.push('organisation');
    standIns += '"organisation":{"name":"?"},';
  }
  let result: FileResult;
  if (standIns === '') result = lintText(file, text, locale);
  else {
    const brace = text.indexOf('{');
    const braceLine = text.slice(0, brace).split('\n').length;
    const braceColumn = brace - text.lastIndexOf('\n', brace);
    result = lintText(file, text.slice(0, brace + 1) + standIns + text.slice(brace + 1), locale);
    result.findings = result.findings
      .filter((finding) => !unknown.some((name) => finding.pointer === `/${name}` || finding.pointer.startsWith(`/${name}/`)))
      .map((finding) =>
        finding.line === braceLine && finding.column > braceColumn
          ? { ...finding, column: Math.max(braceColumn + 1, finding.column - standIns.length) }
          : finding,
      );
  }
  const form: AuditedForm = {
    file,
    id: typeof object?.['id'] === 'string' ? (object['id'] as string) : path.basename(file),
    title: object?.['title'] ?? path.basename(file),
    facts: formFacts(object),
    result,
    notes,
    unknown,
  };
  texts.set(form, text);
  return form;
}

function failed(file: string, detail: string, locale: string): AuditedForm {
  return {
    file,
    id: path.basename(file),
    title: path.basename(file),
    facts: formFacts(undefined),
    result: unreadable(file, detail, locale),
    notes: [],
    unknown: [],
  };
}
