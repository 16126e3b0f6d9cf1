// @ts-check
// Another process holding the SQLite write lock, as a second server or a backup tool would.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './processes.mjs';

const HOLDER = `
const Database = require(process.argv[1]);
const db = new Database(process.argv[2]);
db.exec('BEGIN IMMEDIATE');
process.stdout.write('locked\\n');
setTimeout(() => { db.exec('COMMIT'); db.close(); process.stdout.write('released\\n'); }, Number(process.argv[3]));
`;

/**
 * Starts a process that takes the write lock (`BEGIN IMMEDIATE`) on the SQLite `file` and holds
 * it for `holdMs`.
 * @param {string} file
 * @param {number} holdMs
 * @returns {{ locked: Promise<void>, released: Promise<void> }} resolve when the lock is taken and given back
 */
export function holdWriteLock(file, holdMs) {
  const betterSqlite = path.join(ROOT, 'packages/server/node_modules/better-sqlite3');
  const child = spawn(process.execPath, ['-e', HOLDER, betterSqlite, file, String(holdMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  /** @param {string} word */
  const seen = (word) =>
    new Promise((resolve, reject) => {
      const look = () => output.includes(word) && resolve(undefined);
      child.stdout.on('data', look);
      child.once('exit', (code) => (output.includes(word) ? resolve(undefined) : reject(new Error(`lock holder exited (${code}) before "${word}"`))));
    });
  return { locked: seen('locked'), released: seen('released') };
}
