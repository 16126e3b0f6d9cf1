// @ts-check
// ClamAV's daemon for the malware scan tests (issue 12 item 6): Debian's `clamav-daemon`, started
// with a temporary configuration on a loopback TCP port and one local signature for the EICAR test
// string, so no signature download is needed. `.ci/run` installs the package.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { freePort, tempDir } from './processes.mjs';

export const CLAMD = process.env.WMEBV_TEST_CLAMD ?? '/usr/sbin/clamd';

/** The EICAR anti-virus test string (eicar.org): harmless, and what every scanner is tested with. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/**
 * `{ skip }` for `describe`: skipped only outside CI when clamd is not installed; in CI a missing
 * clamd fails the test (`.ci/run` installs clamav-daemon).
 */
export function needsClamd() {
  if (existsSync(CLAMD) || process.env.CI) return { skip: false };
  return { skip: `no ClamAV daemon at ${CLAMD}: apt-get install -y clamav-daemon (.ci/run installs it)` };
}

/** Asks clamd `PING`; resolves with its answer, or '' when it does not answer. */
function ping(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('error', () => resolve(''));
    socket.on('close', () => resolve(answer.replace(/\0/g, '').trim()));
    socket.on('connect', () => socket.end('zPING\0'));
  });
}

/**
 * Starts clamd and resolves once it answers PONG (loading its one signature takes a moment).
 * @param {{ streamMaxLength?: string }} [options] clamd's `StreamMaxLength` (default 20M): past it, clamd stops an INSTREAM midway with an ERROR
 */
export async function startClamd({ streamMaxLength = '20M' } = {}) {
  const dir = tempDir('wmebv-clamd-');
  const db = path.join(dir, 'db');
  mkdirSync(db);
  // One body signature (ClamAV's .ndb format: name:target:offset:hex), found anywhere in any file.
  writeFileSync(path.join(db, 'wmebv-test.ndb'), `Wmebv-Test-EICAR:0:*:${Buffer.from(EICAR).toString('hex')}\n`);
  const port = await freePort();
  const config = path.join(dir, 'clamd.conf');
  writeFileSync(
    config,
    [
      `Foreground yes`,
      `DatabaseDirectory ${db}`,
      `TCPSocket ${port}`,
      `TCPAddr 127.0.0.1`,
      `LogFile ${path.join(dir, 'clamd.log')}`,
      `StreamMaxLength ${streamMaxLength}`,
      '',
    ].join('\n'),
  );
  const child = spawn(CLAMD, [`--config-file=${config}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 120_000;
  while ((await ping(port)) !== 'PONG') {
    if (child.exitCode !== null) throw new Error(`clamd exited (${child.exitCode}) before it answered. Output:\n${output}`);
    if (Date.now() > deadline) throw new Error(`clamd did not answer PING within 120 s. Output:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    address: `tcp://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
