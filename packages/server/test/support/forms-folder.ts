// The real, built `wmebv-server` (packages/server/dist/start.js) as its own process on a free loopback
// port with a given forms folder: asked for some paths, stopped, and what it logged and answered
// returned. Needs `pnpm build` first (`npm test` builds). Waits for the server's "listening" line,
// never for a fixed time (60 s at most, then it reports what it saw).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../dist/start.js', import.meta.url));

export interface FormsFolderRun {
  started: boolean;
  stdout: string;
  stderr: string;
  responses: { path: string; status: number; body: string }[];
}

/** Starts `wmebv-server --forms <folder with files>`, GETs each of `paths`, stops it. */
export async function runFormsFolder({ files = {}, paths = [] }: { files?: Record<string, string>; paths?: string[] }): Promise<FormsFolderRun> {
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
    const url = await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 60_000);
      const look = () => {
        const match = /wmebv-server: (http:\/\/[^/\s]+)\/api\//.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
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
}
