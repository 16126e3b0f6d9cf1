/**
 * Reads Open Forms exports from disk: a single form's ZIP as the admin's "Exporteren" writes it
 * (`openforms/forms/utils.py` `export_form`: one `<resource>.json` per resource, each a JSON array,
 * plus `_meta.json`), the bulk export (`openforms/forms/admin/tasks.py` `process_forms_export`: a ZIP
 * holding one `form_<slug>.zip` per form), or a folder of either (also an unpacked export: a folder
 * holding `forms.json`). ZIPs are read with fflate; limits keep a hostile archive from exhausting
 * memory.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync, type Unzipped } from 'fflate';

/** The resources Open Forms' `import_form` reads, in its IMPORT_ORDER, and the meta file. */
export const RESOURCES = ['formDefinitions', 'forms', 'formSteps', 'formVariables', 'formLogic'] as const;
export type ResourceName = (typeof RESOURCES)[number];

/** Largest ZIP file read, in bytes (a municipality's bulk export of a few hundred forms is far smaller). */
export const MAX_ARCHIVE_BYTES = 64 * 1024 * 1024;
/** Largest uncompressed size of one entry, in bytes. */
export const MAX_ENTRY_BYTES = 32 * 1024 * 1024;
/** Most entries in one archive. */
export const MAX_ENTRIES = 5_000;

/** One form's export, as read: every resource parsed, or the reason it could not be. */
export interface FormExport {
  /** Where it came from, for messages: `export.zip`, `bulk.zip › form_bezwaar.zip`, `dir/`. */
  source: string;
  /** Parsed JSON of each `<name>.json` present; `_meta` included. Missing files are absent. */
  resources: Partial<Record<ResourceName | '_meta', unknown>>;
  /** Files that are not JSON, or not the JSON expected, with the reason. */
  problems: Array<{ file: string; problem: string }>;
  /** Other files in the export (Open Forms may add resources): listed, not read. */
  otherFiles: string[];
}

/** What could not be read at all (not a ZIP, too large, no export inside). */
export interface ReadFailure {
  source: string;
  problem: string;
}

export interface ReadResult {
  exports: FormExport[];
  failures: ReadFailure[];
}

/** Reads every export under `input` (a ZIP, a bulk ZIP or a folder). Never throws. */
export async function readExports(input: string): Promise<ReadResult> {
  const result: ReadResult = { exports: [], failures: [] };
  let info;
  try {
    info = await stat(input);
  } catch (error) {
    result.failures.push({ source: input, problem: `cannot read: ${message(error)}` });
    return result;
  }
  if (info.isDirectory()) await readFolder(input, result);
  else await readZipFile(input, result);
  return result;
}

async function readFolder(folder: string, result: ReadResult): Promise<void> {
  const names = (await readdir(folder)).sort();
  if (names.includes('forms.json')) {
    const files: Record<string, Uint8Array> = {};
    for (const name of names.filter((candidate) => candidate.endsWith('.json'))) files[name] = await readFile(path.join(folder, name));
    result.exports.push(
      fromFiles(
        folder,
        files,
        names.filter((name) => !name.endsWith('.json')),
      ),
    );
    return;
  }
  for (const name of names) {
    const full = path.join(folder, name);
    const info = await stat(full);
    if (info.isDirectory()) await readFolder(full, result);
    else if (name.toLowerCase().endsWith('.zip')) await readZipFile(full, result);
  }
}

async function readZipFile(file: string, result: ReadResult): Promise<void> {
  const info = await stat(file);
  if (info.size > MAX_ARCHIVE_BYTES) {
    result.failures.push({ source: file, problem: `larger than ${MAX_ARCHIVE_BYTES} bytes` });
    return;
  }
  readZip(file, await readFile(file), result, 0);
}

/** Reads a ZIP held in memory: a form's export, or a bulk export of form ZIPs (one level deep). */
export function readZip(source: string, bytes: Uint8Array, result: ReadResult, depth = 0): void {
  let entries: Unzipped;
  try {
    entries = unzip(bytes);
  } catch (error) {
    result.failures.push({ source, problem: `not a ZIP archive Open Forms writes: ${message(error)}` });
    return;
  }
  // Open Forms' import view treats an archive as a bulk export when every entry is a ZIP.
  const names = Object.keys(entries).filter((name) => !name.endsWith('/'));
  const zips = names.filter((name) => name.toLowerCase().endsWith('.zip'));
  if (zips.length > 0 && zips.length === names.length) {
    if (depth > 0) {
      result.failures.push({ source, problem: 'a ZIP of ZIPs inside a bulk export: only one level is read' });
      return;
    }
    for (const name of zips.sort()) readZip(`${source} › ${name}`, entries[name]!, result, depth + 1);
    return;
  }
  if (!names.some((name) => path.posix.basename(name) === 'forms.json')) {
    result.failures.push({ source, problem: 'holds no forms.json: not an Open Forms export' });
    return;
  }
  const files: Record<string, Uint8Array> = {};
  const other: string[] = [];
  for (const name of names) {
    if (name.endsWith('.json')) files[path.posix.basename(name)] = entries[name]!;
    else other.push(name);
  }
  result.exports.push(fromFiles(source, files, other));
}

function unzip(bytes: Uint8Array): Unzipped {
  let count = 0;
  let total = 0;
  return unzipSync(bytes, {
    filter(file) {
      count += 1;
      total += file.originalSize;
      if (count > MAX_ENTRIES) throw new Error(`more than ${MAX_ENTRIES} entries`);
      if (file.originalSize > MAX_ENTRY_BYTES) throw new Error(`${file.name} unpacks to more than ${MAX_ENTRY_BYTES} bytes`);
      if (total > MAX_ARCHIVE_BYTES * 4) throw new Error(`unpacks to more than ${MAX_ARCHIVE_BYTES * 4} bytes`);
      return true;
    },
  });
}

function fromFiles(source: string, files: Record<string, Uint8Array>, otherFiles: string[]): FormExport {
  const found: FormExport = { source, resources: {}, problems: [], otherFiles: [...otherFiles] };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [file, bytes] of Object.entries(files)) {
    const name = file.slice(0, -'.json'.length);
    if (!(RESOURCES as readonly string[]).includes(name) && name !== '_meta') {
      found.otherFiles.push(file);
      continue;
    }
    try {
      const value: unknown = JSON.parse(decoder.decode(bytes).replace(/^\uFEFF/, ''));
      if (name !== '_meta' && !Array.isArray(value)) {
        found.problems.push({ file, problem: 'is not a JSON array, as every Open Forms resource file is' });
        continue;
      }
      found.resources[name as ResourceName | '_meta'] = value;
    } catch (error) {
      found.problems.push({ file, problem: `is not valid JSON (${message(error)})` });
    }
  }
  return found;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
