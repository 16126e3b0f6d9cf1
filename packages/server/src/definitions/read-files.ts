import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A definition read from a file: its path (for the operator's log) and its parsed JSON, or its
 * text when it is not JSON (checking it then gives the syntax error with its position).
 */
export class DefinitionFile {
  constructor(
    readonly file: string,
    readonly value: unknown,
    /** Why the file could not be read at all (permissions, a folder named `x.json`). */
    readonly readError?: string,
  ) {}
}

/**
 * Every `*.json` file directly in `dir`, in file-name order: the definitions to hand to
 * `createIntakeHandler`. They are checked there, not here; a file that is not valid JSON is passed
 * on as text, so that one broken file is refused on its own instead of stopping the server.
 *
 * @throws Error when the folder cannot be read
 */
export function readDefinitionFiles(dir: string): DefinitionFile[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      return new DefinitionFile(file, undefined, (error as Error).message);
    }
    try {
      return new DefinitionFile(file, JSON.parse(text) as unknown);
    } catch {
      return new DefinitionFile(file, text);
    }
  });
}
