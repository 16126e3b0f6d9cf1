// @ts-check
// Issue 17: `wmebv --help` lists every command, derived from the one list `main` dispatches by.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'node:test';
import { ROOT } from './support/processes.mjs';

const CLI = path.join(ROOT, 'packages/cli/dist/index.js');
const { COMMANDS } = await import(path.join(ROOT, 'packages/cli/dist/commands/list.js'));

/** Runs the built `wmebv`; resolves with its exit code and output. */
async function wmebv(/** @type {string[]} */ args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [CLI, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = /** @type {any} */ (error);
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('wmebv --help (issue 17)', () => {
  it('lists every command of the list, in Dutch and in English', async () => {
    const names = COMMANDS.map((/** @type {{ name: string }} */ command) => command.name);
    for (const name of ['lint', 'schema', 'audit', 'import-open-forms', 'verify-receipt', 'outage']) assert.ok(names.includes(name), name);
    for (const args of [['--help'], ['--locale', 'en', '--help'], ['help']]) {
      const run = await wmebv(args);
      assert.equal(run.code, 0, run.stderr);
      const listed = [...run.stdout.matchAll(/^ {2}wmebv (\S+)/gm)].map((match) => match[1]);
      assert.deepEqual(listed, names, `${args.join(' ')} lists every command once, in the list's order`);
    }
    assert.match((await wmebv(['--locale', 'en', '--help'])).stdout, /^Usage:\n {2}wmebv lint .*check form definitions$/m);
  });

  it('runs every listed command: its own --help answers, an unknown command gets the full usage', async () => {
    for (const { name } of COMMANDS) {
      const run = await wmebv([name, '--help']);
      assert.equal(run.code, 0, `${name} --help: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`wmebv ${name}`), `${name} --help names the command`);
    }
    const unknown = await wmebv(['verify-recipt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Onbekende opdracht "verify-recipt"/);
    assert.match(unknown.stderr, /wmebv verify-receipt BESTAND/);
  });
});
