// @ts-check
// Real processes for the process tests (issue 12): the demo (Vite with the intake endpoint) and the
// standalone `wmebv-server`, each on a free loopback port with its own data folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A free TCP port on loopback (bound, read, released). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (probe.address());
      probe.close(() => resolve(port));
    });
  });
}

/** A temporary folder removed when the test process exits. */
export function tempDir(prefix) {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Starts a child process and resolves once a line of its output matches `ready`.
 * @param {string[]} args node arguments
 * @param {{ env?: NodeJS.ProcessEnv, ready: RegExp, what: string, timeoutMs?: number }} options
 */
export function startNode(args, { env = {}, ready, what, timeoutMs = 60_000 }) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  /**
   * Resolves with the match once the output matches `pattern`; rejects after `timeoutMs`, or when
   * the process exits first, with the output. `waiting` and `before` finish the two messages.
   * @param {RegExp} pattern
   */
  const said = (pattern, timeoutMs = 30_000, waiting = `say ${pattern}`, before = `said ${pattern}`) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const match = pattern.exec(output);
        if (match) {
          finish();
          resolve(match);
        }
        return Boolean(match);
      };
      const onExit = (/** @type {number | null} */ code) => {
        if (check()) return;
        finish();
        reject(new Error(`${what} exited (${code}) before it ${before}. Output:\n${output}`));
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what} to ${waiting}. Output:\n${output}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        child.stdout.off('data', check);
        child.stderr.off('data', check);
        child.off('exit', onExit);
      };
      if (check()) return;
      child.stdout.on('data', check);
      child.stderr.on('data', check);
      child.once('exit', onExit);
    });
  const onData = (/** @type {Buffer} */ chunk) => (output += chunk);
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const started = said(ready, timeoutMs, 'start', 'was ready');
  return {
    child,
    started,
    output: () => output,
    /**
     * Resolves once the output matches `pattern`: a log line is written after the response it
     * reports, so a test waits for it rather than reading the output at once.
     * @param {RegExp} pattern
     */
    said: (pattern, timeoutMs = 30_000) => said(pattern, timeoutMs),
    /** Ends the process (SIGTERM, then SIGKILL if it lingers) and waits for it. */
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The demo as `pnpm start` runs it (after the build): Vite with the repository's vite.config.ts.
 * @param {NodeJS.ProcessEnv} env extra environment (e.g. XDG_STATE_HOME)
 */
export async function startDemo(env = {}) {
  const port = await freePort();
  const vite = path.join(ROOT, 'node_modules/vite/bin/vite.js');
  const proc = startNode([vite, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' },
    ready: /Local:\s+http:\/\/[^\s]+/,
    what: 'the demo (vite)',
  });
  await proc.started;
  return { ...proc, url: `http://127.0.0.1:${port}` };
}

/**
 * The standalone server (`wmebv-server`, the built dist) with the demo's forms.
 * @param {string[]} args extra arguments
 * @param {NodeJS.ProcessEnv} env extra environment
 */
export async function startServer(args = [], env = {}) {
  const port = await freePort();
  const proc = startNode(
    [
      path.join(ROOT, 'packages/server/dist/start.js'),
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--forms',
      path.join(ROOT, 'demo/forms'),
      ...args,
    ],
    { env, ready: /wmebv-server: http:\/\/\S+/, what: 'wmebv-server' },
  );
  await proc.started;
  return { ...proc, url: `http://127.0.0.1:${port}` };
}
