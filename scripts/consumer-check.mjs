#!/usr/bin/env node
// The proof that the packages work outside this repository (issue 11), run by .ci/run:
// builds, `pnpm pack`s every package, installs the tarballs with plain npm in a scratch folder
// outside the workspace, starts @wmebv/server from its tarball's bin, and in headless Chromium sends
// the objection form from (1) a plain HTML page with only the prebuilt bundle and wmebv.css (the
// unstyled bundle: styled by wmebv.css alone, the rules downloaded once, styles.mjs), (2) a
// Vite app in TypeScript, (3) a React 19 app; (2) and (3) type-check first. (4) runs
// `npx wmebv lint` from the CLI tarball.
//
// The scratch folder (WMEBV_CONSUMER_DIR, default ~/.cache/wmebv-consumer-check) keeps only its
// node_modules between runs: everything else is made anew, the lock file is dropped and the
// @wmebv packages are reinstalled from the fresh tarballs, so npm re-resolves every dependency but
// better-sqlite3 (no prebuilt binary can be downloaded here) compiles only on the first run.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { objectionFlow } from './consumer-check/flow.mjs';
import { chunksOfflineInProduction, refusedInProduction } from './consumer-check/production.mjs';
import { stylesOnce } from './consumer-check/styles.mjs';
import { CHROMIUM_ARGS } from './lib/chromium-args.mjs';
import { pnpmCommand } from './lib/pnpm-command.mjs';
import { serveSite } from './consumer-check/serve.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const fixtures = path.join(repo, 'scripts/consumer-check');
const PACKAGES = ['core', 'components', 'server', 'cli'];
// The pnpm that runs this script (`pnpm consumer-check`, also through npx), else the one on PATH.
const PNPM = pnpmCommand();
// What the consumer apps themselves use, exact so the check is reproducible.
const CONSUMER_DEPENDENCIES = {
  lit: '3.3.3',
  vite: '8.3.8',
  typescript: '5.9.3',
  react: '19.3.1',
  'react-dom': '19.3.1',
  '@types/react': '19.3.3',
  '@types/react-dom': '19.3.0',
};

const scratch = path.resolve(process.env.WMEBV_CONSUMER_DIR ?? path.join(os.homedir(), '.cache/wmebv-consumer-check'));
if (scratch.startsWith(repo)) throw new Error(`the scratch folder must be outside the workspace: ${scratch}`);
mkdirSync(scratch, { recursive: true });
// One run at a time per scratch folder: two runs at once (CI beside a developer's check, which share
// the real HOME's folder for the compiled better-sqlite3) emptied each other's folder and failed with
// EEXIST. Re-run this script under util-linux `flock` on a lock file beside the folder; the second
// run waits for the first.
if (!process.env.WMEBV_CONSUMER_LOCKED) {
  const lock = `${scratch}.lock`;
  const child = spawnSync('flock', [lock, process.execPath, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, WMEBV_CONSUMER_LOCKED: lock },
  });
  if (child.error) throw new Error(`consumer-check needs util-linux flock to run one check at a time: ${child.error.message}`);
  process.exit(child.status ?? 1);
}
for (const entry of readdirSync(scratch)) if (entry !== 'node_modules') rmSync(path.join(scratch, entry), { recursive: true, force: true });
rmSync(path.join(scratch, 'node_modules/@wmebv'), { recursive: true, force: true });
const cleanup = [];
let failed = false;
try {
  if (!process.argv.includes('--no-build')) run(PNPM[0], [...PNPM.slice(1), '-r', '--filter', './packages/*', 'run', 'build'], repo);
  install(pack(path.join(scratch, 'tarballs')));
  for (const app of ['plain', 'vite-app', 'react-app']) cpSync(path.join(fixtures, app), path.join(scratch, app), { recursive: true });
  mkdirSync(path.join(scratch, 'forms'));
  cpSync(path.join(repo, 'demo/forms/bezwaarschrift.json'), path.join(scratch, 'forms/bezwaarschrift.json'));

  check('(4) npx wmebv lint', () => {
    const out = run('npx', ['--no-install', 'wmebv', 'lint', 'forms/bezwaarschrift.json'], scratch);
    writeFileSync(path.join(scratch, 'forms-broken.json'), '{"id": "x"}');
    const broken = runStatus('npx', ['--no-install', 'wmebv', 'lint', 'forms-broken.json'], scratch);
    if (broken !== 1) throw new Error(`wmebv lint of a broken definition exited ${broken}, expected 1`);
    return out.trim().split('\n').at(-1);
  });
  check('(2) Vite app type-checks', () => run('npx', ['--no-install', 'tsc', '-p', 'vite-app/tsconfig.json'], scratch));
  check('(3) React app type-checks with the JSX typings', () => run('npx', ['--no-install', 'tsc', '-p', 'react-app/tsconfig.json'], scratch));
  for (const app of ['vite-app', 'react-app']) {
    run('npx', ['--no-install', 'vite', 'build', app, '--base', `/${app}/`, '--logLevel', 'warn'], scratch);
  }
  const site = path.join(scratch, 'site/wmebv');
  mkdirSync(site, { recursive: true });
  const components = path.join(scratch, 'node_modules/@wmebv/components/dist');
  cpSync(path.join(components, 'bundle'), site, { recursive: true });
  cpSync(path.join(components, 'wmebv.css'), path.join(site, 'wmebv.css'));

  const api = await startServer(cleanup);
  const server = await serveSite({
    api,
    mounts: {
      '/plain/': path.join(scratch, 'plain'),
      '/wmebv/': site,
      '/vite-app/': path.join(scratch, 'vite-app/dist'),
      '/react-app/': path.join(scratch, 'react-app/dist'),
    },
  });
  cleanup.push(() => server.close());
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS],
  });
  cleanup.push(() => browser.close());
  await checkAsync('(1) plain HTML page: wmebv.css + the unstyled bundle', async () => {
    const context = await browser.newContext();
    try {
      return await stylesOnce(await context.newPage(), `${server.url}/plain/`);
    } finally {
      await context.close();
    }
  });
  for (const [name, app] of [
    ['(1) plain HTML page, prebuilt bundle + wmebv.css', 'plain'],
    ['(2) Vite app', 'vite-app'],
    ['(3) React 19 app', 'react-app'],
  ]) {
    await checkAsync(`${name}: renders, validates, sends`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      try {
        const receipt = await objectionFlow(page, `${server.url}/${app}/`);
        if (errors.length > 0) throw new Error(`errors on the page: ${errors.join(' | ')}`);
        return receipt;
      } finally {
        await context.close();
      }
    });
  }
  // The production builds' reports (D3, D6), which the browser tests (the `development` condition) do not see.
  const upFront = [...readFileSync(path.join(scratch, 'vite-app/dist/index.html'), 'utf8').matchAll(/(?:src|href)="[^"]*\/([^/"]+\.js)"/g)].map(
    (match) => match[1],
  );
  for (const [name, body] of [
    ['(1) prebuilt bundle, production: a definition an error rule refuses', (page) => refusedInProduction(page, `${server.url}/plain/refused.html`)],
    ['(2) Vite app, production: its lazy chunks offline', (page) => chunksOfflineInProduction(page, `${server.url}/vite-app/`, upFront)],
  ]) {
    await checkAsync(name, async () => {
      const context = await browser.newContext();
      try {
        return await body(await context.newPage());
      } finally {
        await context.close();
      }
    });
  }
} catch (error) {
  failed = true;
  console.error(`consumer-check: ${error instanceof Error ? error.message : error}`);
} finally {
  for (const close of cleanup.reverse()) await close().catch(() => {});
}
console.log(failed ? 'consumer-check: FAILED' : 'consumer-check: all four ways in work from the tarballs');
process.exit(failed ? 1 : 0);

/** @returns the dependencies of the consumer's package.json: package name to `file:` tarball */
function pack(destination) {
  mkdirSync(destination, { recursive: true });
  const tarballs = {};
  for (const name of PACKAGES) {
    const out = run(PNPM[0], [...PNPM.slice(1), 'pack', '--json', '--pack-destination', destination], path.join(repo, 'packages', name));
    const { name: packageName, filename } = JSON.parse(out);
    tarballs[packageName] = `file:${path.relative(scratch, filename)}`;
  }
  return tarballs;
}

/** Plain npm, as a municipality's developer would; better-sqlite3 compiles against local headers. */
function install(tarballs) {
  const dependencies = { ...tarballs, ...CONSUMER_DEPENDENCIES };
  writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'wmebv-consumer', private: true, type: 'module', dependencies }, null, 2));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], scratch, {
    // The prebuilt binary cannot be downloaded here; skip the attempt and compile right away.
    npm_config_build_from_source: 'true',
    ...(process.env.npm_config_nodedir ? {} : { npm_config_nodedir: '/usr' }),
  });
}

/** `wmebv-server` from the server tarball, on a free port, with the objection form. */
async function startServer(cleanup) {
  const bin = path.join(scratch, 'node_modules/.bin/wmebv-server');
  const child = spawn(bin, ['--port', '0', '--host', '127.0.0.1', '--forms', 'forms', '--data', 'data', '--outbox', 'outbox'], {
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  cleanup.push(async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/[^\s:]+:(\d+)\/api\//.exec(out);
      if (match) resolve(new URL(`http://127.0.0.1:${match[1]}/`));
    });
    child.once('exit', (code) => reject(new Error(`wmebv-server exited ${code} before listening: ${out}`)));
  });
}

function check(name, body) {
  try {
    const detail = body();
    console.log(`ok   ${name}${typeof detail === 'string' && detail.trim() ? `: ${detail.trim().split('\n').at(-1)}` : ''}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
  }
}

async function checkAsync(name, body) {
  try {
    const detail = await body();
    console.log(`ok   ${name}${detail ? `: ${detail}` : ''}`);
  } catch (error) {
    failed = true;
    console.log(`FAIL ${name}: ${error instanceof Error ? error.message : error}`);
  }
}

function run(command, args, cwd, env = {}) {
  console.log(`$ ${command} ${args.join(' ')}`);
  try {
    return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

function runStatus(command, args, cwd) {
  try {
    execFileSync(command, args, { cwd, stdio: 'ignore' });
    return 0;
  } catch (error) {
    return error.status;
  }
}
