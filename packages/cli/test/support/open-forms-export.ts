import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Open Forms exports for the tests, built from the JSON committed under
 * packages/cli/test/fixtures/open-forms/<slug>/ (one file per resource, as `export_form` writes
 * them), zipped here so that no opaque archive is committed.
 */
export const RESOURCE_FILES = ['forms.json', 'formSteps.json', 'formDefinitions.json', 'formLogic.json', 'formVariables.json', '_meta.json'] as const;

/** The resource files of a fixture export, as text. */
export async function exportFiles(slug: string): Promise<Record<string, string>> {
  const entries = await Promise.all(
    RESOURCE_FILES.map(async (name) => {
      return [name, await readFixture(`${slug}/${name}`)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** A fixture file's text: read from disk in the Node tests, fetched from the test server in the browser. */
async function readFixture(file: string): Promise<string> {
  const url = new URL(`../fixtures/open-forms/${file}`, import.meta.url);
  if (url.protocol === 'file:') {
    const fs = 'node:fs/promises'; // a variable, so the browser test runner does not try to resolve it
    const { readFile } = (await import(/* @vite-ignore */ fs)) as typeof import('node:fs/promises');
    return readFile(url, 'utf8');
  }
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fixture ${file}: ${response.status}`);
  return response.text();
}

/** A ZIP of text files (or of nested archives), as Open Forms' zipfile writes them. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

export function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** A single form's export ZIP, as the admin's "Exporteren" produces it. */
export async function formZip(slug: string, change: (files: Record<string, string>) => void = () => {}): Promise<Uint8Array> {
  const files = await exportFiles(slug);
  change(files);
  return zip(files);
}

export const ORGANISATION = {
  name: 'Gemeente Voorbeeld',
  support: { phone: '14 0999', url: 'https://www.example.org/contact' },
  privacyStatementUrl: 'https://www.example.org/privacy',
};

export const AWB_6_5 = { law: 'Awb', article: '6:5', paragraph: '1', point: 'd', url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0005537&artikel=6:5' };
