// The first-run install lock of scripts/setup.mjs (README: `npm start`, `npm test`): a second run
// started during a first run's install waits for it, and a lock left by a stopped run is taken over.
// Real processes, a real lock file; every wait is for a condition (a line in a file or on stdout).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { expect } from 'chai';

const setup = new URL('../../scripts/setup.mjs', import.meta.url).href;

/** A Node process that takes the lock, logs "enter", waits for the file `go`, logs "leave". */
function locker(dir, name) {
  const code = `
    import { appendFileSync, existsSync } from 'node:fs';
    import { withInstallLock } from ${JSON.stringify(setup)};
    const [lock, log, go] = ${JSON.stringify(['lock', 'log', 'go'].map((file) => path.join(dir, file)))};
    withInstallLock(() => {
      appendFileSync(log, '${name} enter\\n');
      while (!existsSync(go)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      appendFileSync(log, '${name} leave\\n');
    }, { lock });`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  child.stdout.setEncoding('utf8');
  child.output = '';
  child.stdout.on('data', (chunk) => (child.output += chunk));
  child.exited = new Promise((resolve) => child.on('exit', resolve));
  return child;
}

async function until(what, condition) {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > 120_000) throw new Error(`waited 120 s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('first-run install lock (scripts/setup.mjs)', { timeout: 300_000 }, () => {
  it('makes a second run wait, saying so, until the first one is done', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-lock-'));
    const log = path.join(dir, 'log');
    const read = () => (existsSync(log) ? readFileSync(log, 'utf8') : '');
    try {
      const first = locker(dir, 'first');
      await until('the first run to hold the lock', () => read().includes('first enter'));
      const second = locker(dir, 'second');
      await until('the second run to say it waits', () => second.output.includes('Waiting for the install that process'));
      expect(second.output).to.contain(`process ${first.pid}`);
      expect(read()).to.equal('first enter\n');
      writeFileSync(path.join(dir, 'go'), '');
      expect(await first.exited).to.equal(0);
      expect(await second.exited).to.equal(0);
      expect(read()).to.equal('first enter\nfirst leave\nsecond enter\nsecond leave\n');
      expect(existsSync(path.join(dir, 'lock')), 'released').to.equal(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a lock whose process is gone', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wmebv-lock-'));
    try {
      const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
      writeFileSync(path.join(dir, 'lock'), `${gone}\n`);
      writeFileSync(path.join(dir, 'go'), '');
      const run = locker(dir, 'next');
      expect(await run.exited).to.equal(0);
      expect(readFileSync(path.join(dir, 'log'), 'utf8')).to.equal('next enter\nnext leave\n');
      expect(run.output).to.equal('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
