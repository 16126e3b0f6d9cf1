// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A test-runner command `run-cli` that runs the real, built `wmebv` CLI (packages/cli/dist) in Node,
 * so browser tests can check its output and exit codes:
 *
 *   executeServerCommand('run-cli', { args: ['lint', 'form.json'], files: { 'form.json': '…' }, stdin: '…' })
 *   → { code, stdout, stderr }
 *
 * `files` are written into a fresh temporary folder, which is the working directory and is removed
 * afterwards. Needs `pnpm build` first (`pnpm test` builds).
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
      const { args = [], files = {}, stdin } = /** @type {{ args?: string[], files?: Record<string, string>, stdin?: string }} */ (payload ?? {});
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'wmebv-cli-test-'));
      try {
        for (const [name, content] of Object.entries(files)) {
          const target = path.join(cwd, name);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
        return await new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [entry, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
          let stdout = '';
          let stderr = '';
          child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
          child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr }));
          child.stdin.end(stdin ?? '');
        });
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    },
  };
}
