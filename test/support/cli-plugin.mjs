// @ts-check
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readdirSync, readFileSync, existsSync } from 'node:fs';
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
 * afterwards; `binaryFiles` likewise, given as base64 (ZIP archives). With `collect: 'DIR'` the
 * result also holds `outputs`, the text of every file the run left under DIR, by relative path.
 * Needs `pnpm build` first (`pnpm test` builds).
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
      const { args = [], files = {}, binaryFiles = {}, collect, stdin } =
        /** @type {{ args?: string[], files?: Record<string, string>, binaryFiles?: Record<string, string>, collect?: string, stdin?: string }} */ (payload ?? {});
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'wmebv-cli-test-'));
      try {
        for (const [name, content] of Object.entries(files)) {
          const target = path.join(cwd, name);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, content);
        }
        for (const [name, base64] of Object.entries(binaryFiles)) {
          const target = path.join(cwd, name);
          mkdirSync(path.dirname(target), { recursive: true });
          writeFileSync(target, Buffer.from(base64, 'base64'));
        }
        return await new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [entry, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
          let stdout = '';
          let stderr = '';
          child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
          child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
          child.on('error', reject);
          child.on('close', (code) => resolve({ code, stdout, stderr, ...(collect ? { outputs: readTree(path.join(cwd, collect)) } : {}) }));
          child.stdin.end(stdin ?? '');
        });
      } finally {
        rmSync(cwd, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The text of every file under `folder`, by path relative to it ('/'-separated); empty when absent.
 * @param {string} folder
 * @returns {Record<string, string>}
 */
function readTree(folder) {
  /** @type {Record<string, string>} */
  const found = {};
  if (!existsSync(folder)) return found;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    found[path.relative(folder, full).split(path.sep).join('/')] = readFileSync(full, 'utf8');
  }
  return found;
}
