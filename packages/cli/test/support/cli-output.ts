// What the CLI's tests read in its output, for the Node tests (run-cli-node.ts) and the browser
// tests (run-cli-browser.ts) alike.

/** What one run of the CLI gave: its exit code and output. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** A run that also read back what the CLI left under `collect`. */
export interface RunWithOutputs extends Run {
  outputs: Record<string, string>;
}

/** The options of a run: text files and binary files (base64) to write first, a folder to read back, stdin. */
export interface RunOptions {
  files?: Record<string, string>;
  binaryFiles?: Record<string, string>;
  collect?: string;
  stdin?: string;
}

export const json = (value: unknown): string => JSON.stringify(value, null, 2) + '\n';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
  pointer: string;
}

/** The value at an RFC 6901 pointer, or at its nearest existing ancestor. */
export function valueAt(root: unknown, pointer: string): unknown {
  let current = root;
  for (const segment of pointer.split('/').slice(1)) {
    const next = (current as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
    if (next === undefined) break;
    current = next;
  }
  return current;
}

/** The offset in `text` of a 1-based line and column. */
export function offsetOf(text: string, line: number, column: number): number {
  const lines = text.split('\n');
  return lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) + column - 1;
}
