// @ts-check
import path from 'node:path';
import { runCli } from './run-cli.mjs';

/**
 * A test-runner command `run-cli` that runs the real, built `wmebv` CLI (packages/cli/dist) in Node,
 * for the browser tests that need a CLI run beside a page (the receipt check in test/e2e, the audit
 * report rendered in the browser):
 *
 *   executeServerCommand('run-cli', { args: ['lint', 'form.json'], files: { 'form.json': '…' }, stdin: '…' })
 *   → { code, stdout, stderr }
 *
 * The CLI's own tests need no browser and call `runCli` (test/support/run-cli.mjs) directly in Node.
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function cliPlugin({ rootDir }) {
  const entry = path.join(rootDir, 'packages/cli/dist/index.js');
  return {
    name: 'run-cli',
    async executeCommand({ command, payload }) {
      if (command !== 'run-cli') return undefined;
      return runCli(entry, /** @type {import('./run-cli.mjs').CliRequest} */ (payload ?? {}));
    },
  };
}
