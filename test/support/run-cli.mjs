// @ts-check
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Runs the real, built `wmebv` CLI (`entry`, packages/cli/dist/index.js) in a fresh Node process, in
 * a fresh temporary folder that holds `files` (text) and `binaryFiles` (base64, e.g. ZIP archives)
 * and is removed afterwards. Resolves when the process has exited (never after a fixed time) with
 * its exit code and output; with `collect: 'DIR'` also `outputs`, the text of every file the run
 * left under DIR, by relative path. Used by the CLI's Node tests and, through test/support/cli-plugin.mjs,
 * by browser tests. Needs `pnpm build` first (`pnpm test` builds).
 *
 * @param {string} entry
 * @param {{ args?: string[], files?: Record<string, string>, binaryFiles?: Record<string, string>, collect?: string, stdin?: string }} request
 * @returns {Promise<{ code: number, stdout: string, stderr: string, outputs?: Record<string, string> }>}
 */
export async function runCli(entry, { args = [], files = {}, binaryFiles = {}, collect, stdin } = {}) {
  const cwd = mkdtempSync(path.join(os.tmpdir(), 'wmebv-cli-test-'));
  try {
    const write = (name, content) => {
      const target = path.join(cwd, name);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, content);
    };
    for (const [name, content] of Object.entries(files)) write(name, content);
    for (const [name, base64] of Object.entries(binaryFiles)) write(name, Buffer.from(base64, 'base64'));
    return await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [entry, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr, ...(collect ? { outputs: readTree(path.join(cwd, collect)) } : {}) }));
      child.stdin.end(stdin ?? '');
    });
  } finally {
    rmSync(cwd, { recursive: true, force: true });
  }
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
