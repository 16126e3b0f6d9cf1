#!/usr/bin/env node
// `pnpm size`: what the browser downloads, measured from the packed tarballs the way a consumer's
// bundler sees them (esbuild, minified, code splitting; each file gzip -9; CSS inside the JS counts
// as JS). Prints every figure against size-budget.json and the biggest contributors, and exits 1
// when any figure is over its budget. Build first (`pnpm build`); `--no-pack` measures dist/ as is;
// `--chunks` lists every file of each figure (gzip alone, its biggest modules) and what the same
// code would weigh as one file, which is what the split into files costs.
//
//   form-initial     the entry and static imports of a page with <wmebv-form> (one language)
//   all              every chunk the elements can ever load (both languages, lazy chunks)
//   text-field       @wmebv/components/text-field imported alone, shared runtime included
//   form-objection-first  form-initial plus the parts the objection demo's definition needs, which
//                    wmebv-form loads before its first render: its field elements and, as it has a
//                    `deadline`, the deadline hint (no goal of its own)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { pnpmCommand } from './lib/pnpm-command.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));
const budgets = JSON.parse(readFileSync(path.join(repo, 'size-budget.json'), 'utf8'));
/**
 * The lazy parts wmebv-form loads before the first render of demo/forms/bezwaarschrift.json: the
 * field elements (text, e-mail, tel, postcode, textarea, date, radio), the file question's part
 * (its element with core's file-name rule) and the deadline hint.
 */
const OBJECTION_PARTS = ['text-field', 'textarea', 'date-field', 'radio-group']
  .map((name) => `/form/parts/${name}.js`)
  .concat('/form/views/deadline-hint.js', '/form/file-part.js');

/** Modules that `@wmebv/components/text-field` imported alone must not load (checked, not only printed). */
const TEXT_FIELD_NEVER =
  /\/(receipt|outage-banner|outage|deadline|copy|date-field|file-upload|submission|proof-log)\/|\/node_modules\/(date-fns|@date-fns\/tz|json-canonicalize|filenamify|zod)\//;

/**
 * Modules that production bundles must not load at all (checked for `all`): developer messages for
 * broken definitions (D3), and the linter beyond the rules that decide whether a form renders: the
 * rules that can only warn, the salvage of an unparseable definition, `checkDefinition` (D6).
 */
const DEVELOPMENT_ONLY =
  /\/(i18n\/en-findings|describe-findings\.development|form-lint\.development|definition\/salvage|rules\/(index|check|bsn-without-bsn-type|invalid-autocomplete|markup-in-text|missing-[a-z-]+))\.js$/;

/**
 * No zod in anything a browser can load (D8): not zod itself, nor a module that builds zod schemas
 * (one that imports core's `zod.js`). Browsers check what they receive with code generated from the
 * schemas (`pnpm generate checks`); checked for every figure.
 */
const ZOD = /\/node_modules\/zod\/|\/core\/dist\/zod\.js$/;

const work = mkdtempSync(path.join(os.tmpdir(), 'wmebv-size-'));

try {
  const modules = path.join(work, 'node_modules/@wmebv');
  for (const name of ['core', 'components']) unpack(name, path.join(modules, name));
  const measures = {
    'form-initial': await measure("import '@wmebv/components/form';", { initialOnly: true }),
    // D3 and D6 (docs/decisions.md): the English sentences of definition findings, the warning-only
    // rules and the salvage only under the `development` export condition, which this build does not set.
    all: await measure("import '@wmebv/components';", { initialOnly: false, mustNotLoad: DEVELOPMENT_ONLY }),
    // Issue 11 (c): a text field alone pulls in no receipt, banner, date or file code.
    'text-field': await measure("import '@wmebv/components/text-field';", { initialOnly: true, mustNotLoad: TEXT_FIELD_NEVER }),
    // What the objection demo loads before its first screen: the form's first load plus the parts
    // its definition needs (wmebv-form loads those per definition, before rendering).
    'form-objection-first': await measure("import '@wmebv/components/form';", { initialOnly: true, alsoLoads: OBJECTION_PARTS }),
  };
  let over = false;
  console.log('size (minified, gzip -9)     measured     budget   target');
  for (const [name, result] of Object.entries(measures)) {
    const budget = budgets[name];
    if (!budget) throw new Error(`size-budget.json has no entry "${name}"`);
    const fails = result.bytes > budget.bytes || result.forbidden.length > 0;
    over ||= fails;
    console.log(
      `${fails ? 'OVER' : 'ok  '} ${name.padEnd(22)} ${kB(result.bytes).padStart(9)} ${kB(budget.bytes).padStart(10)} ${kB(budget.target).padStart(8)}` +
        `  (${result.bytes} bytes, ${result.files} file${result.files === 1 ? '' : 's'})`,
    );
    if (result.forbidden.length > 0) console.log(`     loads what it must not: ${result.forbidden.join(', ')}`);
    if (fails || process.argv.includes('--verbose') || result.bytes > budget.target) {
      console.log(`     biggest contributors (minified, before gzip): ${result.top.map(([pkg, bytes]) => `${pkg} ${kB(bytes)}`).join(', ')}`);
    }
    if (process.argv.includes('--chunks')) {
      console.log(`     as one file: ${result.oneFile} bytes (the split into ${result.files} files costs ${result.bytes - result.oneFile})`);
      for (const chunk of result.chunks) console.log(`     ${String(chunk.bytes).padStart(6)}  ${chunk.name.padEnd(28)} ${chunk.biggest}`);
    }
  }
  if (over) console.log('Over budget or loading what it must not: make it smaller, or (with a reason in the commit) raise size-budget.json.');
  process.exitCode = over ? 1 : 0;
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The package's tarball (`pnpm pack`), unpacked where a consumer's node_modules would have it. */
function unpack(name, target) {
  const dir = path.join(repo, 'packages', name);
  mkdirSync(target, { recursive: true });
  if (process.argv.includes('--no-pack')) {
    execFileSync('cp', ['-r', path.join(dir, 'dist'), path.join(dir, 'package.json'), target]);
    const manifest = JSON.parse(readFileSync(path.join(target, 'package.json'), 'utf8'));
    if (manifest.publishConfig?.exports) manifest.exports = manifest.publishConfig.exports;
    writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest));
    return;
  }
  const [pnpm, ...args] = pnpmCommand();
  const out = execFileSync(pnpm, [...args, 'pack', '--json', '--pack-destination', work], { cwd: dir, encoding: 'utf8' });
  execFileSync('tar', ['xzf', JSON.parse(out).filename, '-C', target, '--strip-components=1']);
}

async function measure(source, { initialOnly, alsoLoads = [], mustNotLoad }) {
  const outdir = path.join(work, 'out', String(Math.random()).slice(2));
  const result = await build({
    stdin: { contents: source, resolveDir: work, loader: 'js' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    platform: 'browser',
    outdir,
    metafile: true,
    logLevel: 'error',
    // Third-party dependencies as the workspace resolved them (the versions a consumer's lockfile gets).
    nodePaths: ['core', 'components'].map((name) => path.join(repo, 'packages', name, 'node_modules')).concat(path.join(repo, 'node_modules')),
  });
  const outputs = result.metafile.outputs;
  // The page's own entry is the stdin module. Every lazy module (import()) is an entry point of
  // esbuild's too, and these come first in the metafile: picking "the first entry point" once
  // measured the date field's chunk instead of the form (43.7 kB reported for a 65.4 kB first load).
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === '<stdin>');
  if (!entry) throw new Error('size: esbuild wrote no output for the page entry (<stdin>)');
  const lazyEntries = Object.keys(outputs).filter((file) => alsoLoads.some((end) => outputs[file].entryPoint?.endsWith(end)));
  if (lazyEntries.length !== alsoLoads.length)
    throw new Error(`size: found ${lazyEntries.length} of the ${alsoLoads.length} lazy modules ${alsoLoads.join(', ')}`);
  const files = initialOnly
    ? [...new Set([entry, ...lazyEntries].flatMap((file) => staticClosure(outputs, file)))]
    : Object.keys(outputs).filter((file) => file.endsWith('.js'));
  // Chunk names carry esbuild's content hash, which also depends on where the packages were
  // unpacked (a fresh temporary folder per run): measured as is, the same code differed by a few
  // bytes from run to run. Every hash is counted as the same eight characters, so the figure is the
  // code's alone and exact budgets hold.
  const hashes = Object.keys(outputs)
    .map((file) => /-([A-Z0-9]{8})\.js$/.exec(file)?.[1])
    .filter(Boolean);
  const stable = (text) => hashes.reduce((result, hash) => result.replaceAll(hash, 'HASHHASH'), text);
  let bytes = 0;
  const byPackage = new Map();
  const chunks = [];
  for (const file of files) {
    const gzipped = gzipSync(stable(readFileSync(path.resolve(file), 'utf8')), { level: 9 }).length;
    bytes += gzipped;
    const biggest = Object.entries(outputs[file].inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
    chunks.push({
      bytes: gzipped,
      name: path.basename(file),
      biggest: biggest
        .slice(0, 3)
        .map(([input, { bytesInOutput }]) => `${moduleName(input)} ${bytesInOutput}`)
        .join(', '),
    });
    for (const [input, { bytesInOutput }] of Object.entries(outputs[file].inputs)) {
      const pkg = packageOf(input);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 6);
  const oneFile = gzipSync(files.map((file) => stable(readFileSync(path.resolve(file), 'utf8'))).join('\n'), { level: 9 }).length;
  const loaded = [...new Set(files.flatMap((file) => Object.keys(outputs[file].inputs)))];
  const buildsZodSchemas = (input) => ZOD.test(input) || result.metafile.inputs[input]?.imports.some((imported) => ZOD.test(imported.path));
  const forbidden = loaded.filter((input) => mustNotLoad?.test(input) || buildsZodSchemas(input)).map(moduleName);
  return { bytes, files: files.length, top, oneFile, forbidden, chunks: chunks.sort((a, b) => b.bytes - a.bytes) };
}

/** The entry and every chunk it imports statically, transitively (what loads before first render). */
function staticClosure(outputs, entry) {
  const seen = new Set([entry]);
  for (const file of seen) {
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement') seen.add(imported.path);
  }
  return [...seen];
}

/** `@wmebv/core/dist/i18n/nl.js` → `core/i18n/nl.js`, `lit-html/lit-html.js` as it is. */
function moduleName(input) {
  return input.replace(/.*node_modules\//, '').replace(/^@wmebv\/(\w+)\/dist\//, '$1/');
}

function packageOf(input) {
  const match = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(input);
  if (!match) return input;
  if (match[1].startsWith('@wmebv/')) return `${match[1]}/${match[2].split('/').slice(1, 2).join('/')}`;
  return match[1];
}

function kB(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}
