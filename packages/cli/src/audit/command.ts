/**
 * `wmebv audit FILE|FOLDER... [--format html|md|json] [--locale nl|en] [--out DIR]
 *  [--organisation org.json] [--message-type TYPE] [--mapping mapping.json]`
 *
 * Runs every rule of `wmebv lint` over a set of definitions (ours, or Open Forms exports through the
 * importer) and reports per organisation, per article and per form. Without `--out` the report goes
 * to standard output (all organisations in one document); with `--out DIR` one file per organisation.
 * The importer's options apply to Open Forms exports only.
 *
 * Exit codes as `wmebv lint`: 0 without errors, 1 with errors, 2 when a file cannot be read or is not
 * JSON (or wrong use).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { hasErrors, type Finding } from '@wmebv/core';
import { parseOptions } from '../options.js';
import { readImportOptions } from '../open-forms/import-options.js';
import type { Locale } from './articles.js';
import { collectForms } from './collect.js';
import { renderHtml } from './render-html.js';
import { renderJson, renderMarkdown } from './render-text.js';
import { summarise, type OrganisationReport } from './summarise.js';

export const AUDIT_USAGE =
  'Usage: wmebv audit FILE|FOLDER... [--format html|md|json] [--locale nl|en] [--out DIR] [--organisation org.json] [--message-type TYPE] [--mapping mapping.json]';

const RENDER = { html: renderHtml, md: renderMarkdown, json: renderJson } as const;

export async function auditCommand(argv: readonly string[]): Promise<number> {
  const parsed = parseOptions(argv, ['format', 'locale', 'out', 'organisation', 'message-type', 'mapping']);
  if (typeof parsed === 'string') return usage(parsed);
  const { values, positional, help } = parsed;
  if (help) {
    process.stdout.write(AUDIT_USAGE + '\n');
    return 0;
  }
  if (positional.length === 0) return usage('Name at least one definition, folder or Open Forms export.');
  const format = (values['format'] ?? 'html') as keyof typeof RENDER;
  if (!(format in RENDER)) return usage(`Unknown format "${format}"; one of html, md, json.`);
  const locale = (values['locale'] ?? 'nl') as Locale;
  if (locale !== 'nl' && locale !== 'en') return usage(`Unknown locale "${locale}"; nl or en.`);
  const options = await readImportOptions(values);
  if (typeof options === 'string') {
    process.stderr.write(`wmebv audit: ${options}\n`);
    return 2;
  }

  const forms = await collectForms(positional, options, locale);
  const reports = summarise(forms, locale);
  if (values['out']) await writePerOrganisation(values['out'], reports, format, locale);
  else process.stdout.write(RENDER[format](reports, locale));
  if (forms.some((form) => !form.result.readable)) return 2;
  return forms.some((form) => hasErrors(form.result.findings as unknown as Finding[])) ? 1 : 0;
}

/** One report per organisation: `<organisation>.<format>`, the name in lower case with dashes. */
async function writePerOrganisation(out: string, reports: readonly OrganisationReport[], format: keyof typeof RENDER, locale: Locale): Promise<void> {
  await mkdir(out, { recursive: true });
  const taken = new Set<string>();
  for (const report of reports) {
    const base =
      (report.name ?? (locale === 'nl' ? 'onbekende-organisatie' : 'unknown-organisation'))
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'organisatie';
    let name = base;
    for (let count = 2; taken.has(name); count++) name = `${base}-${count}`;
    taken.add(name);
    const file = path.join(out, `${name}.${format}`);
    await writeFile(file, RENDER[format]([report], locale));
    process.stdout.write(`${file}\n`);
  }
}

function usage(problem: string): number {
  process.stderr.write(`wmebv audit: ${problem}\n${AUDIT_USAGE}\n`);
  return 2;
}
