import { fileURLToPath } from 'node:url';
import { runCli } from '../../../../test/support/run-cli.mjs';
import type { Run, RunOptions, RunWithOutputs } from './cli-output.js';

export * from './cli-output.js';

/**
 * The built `wmebv` CLI in a fresh Node process (test/support/run-cli.mjs), for the CLI's tests,
 * which need no browser (`*.node.test.ts`, run by `node --test`). Needs `pnpm build` first.
 */
const entry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export async function wmebv(args: string[], files: Record<string, string> = {}, stdin?: string): Promise<Run> {
  const { code, stdout, stderr } = await runCli(entry, { args, files, stdin });
  return { code, stdout, stderr };
}

/** A run that also writes binary files (base64) and reads back what the CLI left under `collect`. */
export async function wmebvWith(args: string[], options: RunOptions): Promise<RunWithOutputs> {
  const run = await runCli(entry, { args, ...options });
  return { ...run, outputs: run.outputs ?? {} };
}
