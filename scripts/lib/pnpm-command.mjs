import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * How to run pnpm from a script: the pnpm that runs it (`pnpm size`), else the version in the root
 * package.json's `packageManager` through npx, as scripts/setup.mjs does. pnpm 12 is a native
 * binary, older ones a script for node.
 * @returns {string[]} the command and its first arguments
 */
export function pnpmCommand(execpath = process.env.npm_execpath) {
  if (execpath && path.basename(execpath).includes('pnpm')) {
    return /\.[cm]?js$/.test(execpath) ? [process.execPath, execpath] : [execpath];
  }
  const { packageManager } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return ['npx', '--yes', packageManager];
}
