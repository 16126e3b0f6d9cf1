// @ts-check
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `wmebv-forms-folder`: starts the real, built `wmebv-server` (packages/server/dist/start.js) as its
 * own process on a free loopback port, with `files` as its forms folder, asks it for `paths`, stops
 * it, and returns what it logged and answered:
 *
 *   executeServerCommand('wmebv-forms-folder', { files: { 'a.json': '…' }, paths: ['/api/forms/a'] })
 *   → { started, stdout, stderr, responses: [{ path, status, body }] }
 *
 * Needs `pnpm build` first (`pnpm test` builds). Waits for the server's "listening" line, never for
 * a fixed time (60 s at most, then it reports what it saw).
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function formsFolderPlugin({ rootDir }) {
  const entry = path.join(rootDir, 'packages/server/dist/start.js');
  return {
    name: 'wmebv-forms-folder',
    async executeCommand({ command, payload }) {
      if (command !== 'wmebv-forms-folder') return undefined;
      const { files = {}, paths = [] } = /** @type {{ files?: Record<string, string>, paths?: string[] }} */ (payload ?? {});
      const folder = mkdtempSync(path.join(os.tmpdir(), 'wmebv-forms-folder-'));
      const forms = path.join(folder, 'forms');
      mkdirSync(forms);
      for (const [name, content] of Object.entries(files)) writeFileSync(path.join(forms, name), content);
      const child = spawn(process.execPath, [entry, '--forms', forms, '--data', path.join(folder, 'data'), '--port', '0', '--host', '127.0.0.1'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
      try {
        const url = await new Promise((resolve) => {
          const timer = setTimeout(() => resolve(undefined), 60_000);
          const look = () => {
            const match = /wmebv-server: (http:\/\/[^/\s]+)\/api\//.exec(stdout);
            if (match) {
              clearTimeout(timer);
              resolve(match[1]);
            }
          };
          child.stdout.on('data', look);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve(undefined);
          });
        });
        const responses = [];
        if (url) {
          for (const requestPath of paths) {
            const response = await fetch(`${url}${requestPath}`);
            responses.push({ path: requestPath, status: response.status, body: await response.text() });
          }
        }
        return { started: Boolean(url), stdout, stderr, responses };
      } finally {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        }
        rmSync(folder, { recursive: true, force: true });
      }
    },
  };
}
