#!/usr/bin/env node
// Finds the Chromium (or Chrome) the tests run in: CHROME_PATH, then a browser on this machine.
// As root on Debian or Ubuntu it installs Debian's `chromium` when there is none, saying so;
// elsewhere it says in one line how to get one. Playwright's own browser download is never used
// by this script (it cannot run on machines without general internet access).
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import path from 'node:path';
import { fail } from './setup.mjs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const FIXED = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && executable(path.join(dir, name))) return path.join(dir, name);
  }
  return undefined;
}

function lookup() {
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return FIXED.find(executable);
}

/** The browser's path; installs Debian's chromium as root on Debian/Ubuntu; exits with one line when none. */
export function findBrowser() {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (executable(configured)) return configured;
    fail(`CHROME_PATH is set to ${configured}, which is not an executable file.`);
  }
  const found = lookup();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/etc/debian_version')) {
    console.log("No Chromium or Chrome found: installing Debian's chromium (apt-get install chromium) ...");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env }) : update;
    const after = lookup();
    if (install.status === 0 && after) return after;
  }
  fail(
    'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: sudo apt-get install chromium; ' +
      'elsewhere: npx playwright install chromium) or set CHROME_PATH to its executable.',
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  console.log(findBrowser());
}
