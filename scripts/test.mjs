#!/usr/bin/env node
// `npm test` (README): first-run setup, find a browser, build, then run every test runner the
// project has and print one summed `N passed, N failed[, N skipped]` as the last line.
//
// Runners: the browser tests (@web/test-runner), every story as a test with axe (Vitest +
// Storybook), and Node tests (`node --test`, TypeScript through tsx) for files named
// `*.node.test.mjs` or `*.node.test.ts`, among them the server's own suite (packages/server/test),
// which runs a second time against PostgreSQL when a cluster is there. Each runner's own
// output streams as it comes; its counts are read from a machine-readable source, not the screen.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findBrowser } from './find-browser.mjs';
import { ensureInstalled, pnpm, repoRoot } from './setup.mjs';

ensureInstalled();
const env = { ...process.env, CHROME_PATH: findBrowser() };
pnpm(['run', 'build'], { env });

const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'wmebv-test-'));

/** Runs a command, streaming its output; resolves with its exit code and everything it printed. */
function exec(command, args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      out += d;
      process.stderr.write(d);
    });
    child.on('error', (error) => resolve({ code: 1, out: `${out}\n${error.message}` }));
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

/** `*.node.test.mjs` / `.ts` under packages/<name>/test and test/ (Node 20's `node --test` takes no globs). */
function nodeTestFiles(
  roots = [path.join(repoRoot, 'test'), ...readdirSync(path.join(repoRoot, 'packages')).map((p) => path.join(repoRoot, 'packages', p, 'test'))],
) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.node\.test\.(mjs|ts)$/.test(entry.name)) found.push(path.relative(repoRoot, full));
    }
  };
  for (const root of roots) if (existsSync(root)) walk(root);
  return found.sort();
}

const COUNT_LINE = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/m;

/** @web/test-runner with these arguments; its counts from its last count line. */
async function webTestRunner(args, extraEnv = {}) {
  const { code, out } = await exec(bin('web-test-runner'), args, extraEnv);
  const m = [...out.matchAll(new RegExp(COUNT_LINE, 'gm'))].at(-1);
  return m ? { passed: +m[1], failed: +m[2], skipped: +(m[3] ?? 0), code } : undefined;
}

/** `node --test` over these files (TypeScript through tsx); counts from its TAP report. */
async function nodeTests(files, reportName, extraEnv = {}) {
  if (files.length === 0) return { passed: 0, failed: 0, skipped: 0, code: 0 };
  const report = path.join(scratch, `${reportName}.tap`);
  const { code } = await exec(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${report}`,
      ...files,
    ],
    extraEnv,
  );
  try {
    const tap = readFileSync(report, 'utf8');
    const n = (key) => +(tap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
    if (n('tests') === 0 && code !== 0) return { passed: 0, failed: 1, skipped: 0, code };
    return { passed: n('pass'), failed: n('fail') + n('cancelled'), skipped: n('skipped') + n('todo'), code };
  } catch {
    return undefined;
  }
}

const runners = [
  {
    name: 'browser tests (@web/test-runner)',
    run: () => webTestRunner([]),
  },
  {
    name: 'stories with axe (Vitest + Storybook)',
    async run() {
      const report = path.join(scratch, 'stories.json');
      const { code } = await exec(bin('vitest'), [
        'run',
        '--config',
        '.storybook/vitest.config.ts',
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${report}`,
      ]);
      try {
        const r = JSON.parse(readFileSync(report, 'utf8'));
        return {
          passed: r.numPassedTests,
          failed: r.numFailedTests + (r.numFailedTestSuites ?? 0),
          skipped: r.numPendingTests + r.numTodoTests,
          code,
        };
      } catch {
        return undefined;
      }
    },
  },
  {
    // The server's suite again against PostgreSQL, when a cluster is there (.ci/run starts one).
    name: 'server tests on PostgreSQL (node --test)',
    skipUnless: () => Boolean(process.env.WMEBV_TEST_POSTGRES_URL),
    run: () => nodeTests(nodeTestFiles([path.join(repoRoot, 'packages', 'server', 'test')]), 'server-postgres', { WMEBV_TEST_BACKEND: 'postgres' }),
  },
  {
    name: 'Node tests (node --test)',
    run: () => nodeTests(nodeTestFiles(), 'node'),
  },
];

const total = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
for (const runner of runners) {
  if (runner.skipUnless && !runner.skipUnless()) {
    lines.push(`  ${runner.name}: not run (no WMEBV_TEST_POSTGRES_URL)`);
    continue;
  }
  console.log(`\n==> ${runner.name}`);
  const counts = await runner.run();
  // A runner that ended without counts (it crashed, or never started) counts as one failure, and
  // a runner that failed without a failing test (an error outside tests) as well.
  const c = counts ?? { passed: 0, failed: 1, skipped: 0, code: 1 };
  if (c.code !== 0 && c.failed === 0) c.failed = 1;
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
  lines.push(`  ${runner.name}: ${c.passed} passed, ${c.failed} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`\nSummary:\n${lines.join('\n')}`);
console.log(`\n${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 ? 1 : 0);
