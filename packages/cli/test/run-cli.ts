import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Runs the built `wmebv` CLI through the `run-cli` test-runner command (test/support/cli-plugin.mjs).
 * Every run starts a Node process, so tests batch several files into one run where they can.
 */

/** What the `run-cli` command of test/support/cli-plugin.mjs returns. */
export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function wmebv(args: string[], files: Record<string, string> = {}, stdin?: string): Promise<Run> {
  return executeServerCommand<Run, { args: string[]; files: Record<string, string>; stdin?: string }>('run-cli', { args, files, stdin });
}

/** A run that also writes binary files (base64) and reads back what the CLI left under `collect`. */
export interface RunWithOutputs extends Run {
  outputs: Record<string, string>;
}

export function wmebvWith(
  args: string[],
  options: { files?: Record<string, string>; binaryFiles?: Record<string, string>; collect?: string; stdin?: string },
): Promise<RunWithOutputs> {
  return executeServerCommand<RunWithOutputs, typeof options & { args: string[] }>('run-cli', { args, ...options }).then((run) => ({ ...run, outputs: run.outputs ?? {} }));
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

