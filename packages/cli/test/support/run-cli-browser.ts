import { executeServerCommand } from '@web/test-runner-commands';
import type { Run, RunOptions, RunWithOutputs } from './cli-output.js';

export * from './cli-output.js';

/**
 * The built `wmebv` CLI run from a browser test, through the `run-cli` test-runner command
 * (test/support/cli-plugin.mjs): for tests that need a page beside the CLI (the audit report shown
 * in the browser, the receipt check in test/e2e). Tests that need no page use run-cli-node.ts.
 */
export function wmebv(args: string[], files: Record<string, string> = {}, stdin?: string): Promise<Run> {
  return executeServerCommand<Run, { args: string[]; files: Record<string, string>; stdin?: string }>('run-cli', { args, files, stdin });
}

/** A run that also writes binary files (base64) and reads back what the CLI left under `collect`. */
export function wmebvWith(args: string[], options: RunOptions): Promise<RunWithOutputs> {
  return executeServerCommand<RunWithOutputs, RunOptions & { args: string[] }>('run-cli', { args, ...options }).then((run) => ({
    ...run,
    outputs: run.outputs ?? {},
  }));
}
