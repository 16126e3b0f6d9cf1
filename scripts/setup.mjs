#!/usr/bin/env node
// First-run setup shared by `npm start` and `npm test` (README quick start): brings pnpm, checks
// the native toolchain, and installs the locked dependencies when they are missing or stale.
//
// Why this exists: better-sqlite3 compiles from source where its prebuilt binary cannot be
// downloaded (as on these machines), and node-gyp then needs Node's C headers. pnpm does not pass
// npm's `nodedir` setting on, and whatever started the install (npm, pnpm, a shell) may carry its
// own `npm_config_*` variables, so the headers folder is derived from the running Node itself.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PNPM_VERSION = '12.4.2';
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(repoRoot, 'node_modules', '.wmebv-install-stamp');

/** Prints one line and exits: setup problems are the user's to fix, so no stack trace. */
export function fail(message) {
  process.stderr.write(`\n${message}\n`);
  process.exit(1);
}

/** Runs a command with inherited output; exits with its code when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: repoRoot, ...options });
  if (result.error) fail(`Could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The Node headers folder of the running Node (`<prefix>/include/node/node.h`), or undefined. */
export function nodeHeadersDir() {
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  return existsSync(path.join(prefix, 'include', 'node', 'node.h')) ? prefix : undefined;
}

/** What the native build of better-sqlite3 needs that this machine lacks (empty when complete). */
export function missingToolchain() {
  const missing = [];
  for (const [tool, args] of [
    ['python3', ['--version']],
    ['make', ['--version']],
    ['g++', ['--version']],
  ]) {
    const r = spawnSync(tool, args, { stdio: 'ignore' });
    if (r.error || r.status !== 0) missing.push(tool);
  }
  if (!nodeHeadersDir()) missing.push(`Node's C headers (${path.resolve(path.dirname(process.execPath), '..', 'include/node/node.h')})`);
  return missing;
}

/**
 * The command that runs pnpm @PNPM_VERSION: always through npx, which fetches that exact version
 * from the npm registry into npm's cache on first use, so a fresh machine and a developer's take
 * the same path. (corepack cannot verify registry signatures here, see TOOLCHAIN.md; a global pnpm
 * of another version would refuse this repository's packageManager field.)
 * @returns {[string, string[]]}
 */
export function pnpmCommand() {
  return ['npx', ['--yes', `pnpm@${PNPM_VERSION}`]];
}

/** Runs pnpm with the given arguments in the repository, with the Node headers set for node-gyp. */
export function pnpm(args, options = {}) {
  const [command, prefix] = pnpmCommand();
  run(command, [...prefix, ...args], { ...options, env: installEnv(options.env ?? process.env) });
}

function installEnv(base) {
  const env = { ...base };
  const headers = nodeHeadersDir();
  // Always the running Node's headers: a user's npm config may name another Node's.
  if (headers) env.npm_config_nodedir = headers;
  else delete env.npm_config_nodedir;
  return env;
}

function lockDigest() {
  const hash = createHash('sha256');
  hash.update(readFileSync(path.join(repoRoot, 'pnpm-lock.yaml')));
  hash.update(process.version);
  return hash.digest('hex');
}

/**
 * Runs `work` while holding the install lock, so a second `npm start` or `npm test` started during
 * a first run's install waits for it instead of installing beside it: two installs at once build
 * better-sqlite3 into the same folder and both fail (fresh-user trial). The lock is a file beside
 * node_modules (an install may rebuild that folder) holding the holder's pid; a lock whose process
 * is gone is taken over.
 */
export function withInstallLock(work, { lock = path.join(repoRoot, '.wmebv-install-lock') } = {}) {
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lock, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    let holder;
    try {
      holder = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    } catch (error) {
      if (error.code === 'ENOENT') continue; // released meanwhile: try again
      throw error;
    }
    if (!Number.isInteger(holder)) {
      sleep(100); // created, its pid not yet written
      continue;
    }
    if (!isAlive(holder)) {
      rmSync(lock, { force: true }); // left by a run that was stopped
      continue;
    }
    if (!announced) console.log(`Waiting for the install that process ${holder} is running (another npm start or npm test) ...`);
    announced = true;
    sleep(1000);
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Installs the locked dependencies unless the last install was of this lockfile and this Node. */
export function ensureInstalled({ force = false } = {}) {
  const digest = lockDigest();
  const current = () => existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === digest;
  if (!force && current()) return;
  // Checked again under the lock: a run that waited finds the install it waited for done.
  withInstallLock(() => {
    if (!force && current()) return;
    install(digest);
  });
}

function install(digest) {
  const missing = missingToolchain();
  if (missing.length > 0) {
    fail(
      `Cannot build the native SQLite module: missing ${missing.join(', ')}. ` +
        'Install them (Debian/Ubuntu: apt-get install python3 make g++ nodejs) and run this again.',
    );
  }
  console.log(`Installing the locked dependencies with pnpm ${PNPM_VERSION} (first run, or the lockfile changed) ...`);
  pnpm(['install', '--frozen-lockfile']);
  mkdirSync(path.dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, `${digest}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureInstalled({ force: true });
}
