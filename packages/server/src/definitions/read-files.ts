import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The parsed JSON of every `*.json` file directly in `dir`, in file-name order: the definitions
 * to hand to `createIntakeHandler`. They are checked there, not here.
 *
 * @throws Error naming the file when one is not valid JSON or the folder cannot be read
 */
export function readDefinitionFiles(dir: string): unknown[] {
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return names.map((name) => {
    const file = path.join(dir, name);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      throw new Error(`Cannot read form definition ${file}: ${(error as Error).message}`, { cause: error });
    }
  });
}
