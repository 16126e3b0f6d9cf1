#!/usr/bin/env node
// Installs the locked dependencies: `pnpm install`, plus one thing pnpm does not do by itself.
//
// better-sqlite3 downloads a prebuilt binary where it can, and otherwise compiles from source with
// node-gyp, which then needs Node's C headers. On machines without internet access node-gyp cannot
// download them; Debian's Node packages ship them in /usr/include/node, and npm can be configured
// with `nodedir`, but pnpm reads neither. So point node-gyp at local headers when there are any.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const env = { ...process.env };
if (!env.npm_config_nodedir) {
  const candidates = [npmNodedir(), path.resolve(path.dirname(process.execPath), '..'), '/usr'];
  const nodedir = candidates.find((dir) => dir && existsSync(path.join(dir, 'include/node/node.h')));
  if (nodedir) env.npm_config_nodedir = nodedir;
}

const result = spawnSync('pnpm', ['install', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(result.status ?? 1);

function npmNodedir() {
  try {
    const value = execFileSync('npm', ['config', 'get', 'nodedir'], { encoding: 'utf8' }).trim();
    return value && value !== 'undefined' && value !== 'null' ? value : undefined;
  } catch {
    return undefined;
  }
}
