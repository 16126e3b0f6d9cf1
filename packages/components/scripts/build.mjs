// Builds @wmebv/components for npm: `tsc` emits dist/ (JS, .d.ts, source maps), then this script
// 1. writes every src/**/*.css as a real file in dist/ (and dist/wmebv.css with its @imports inlined),
// 2. writes dist/**/x.css.js next to it (`export default` the minified CSS text, which the elements
//    adopt as constructable stylesheets), and points the emitted `./x.css?inline` imports at it, so
//    nothing Vite-specific remains in dist/,
// 3. bundles dist/bundle/wmebv-forms.js (Lit inside) and dist/bundle/wmebv-forms.lit-external.js
//    (`lit` from the page's import map) for pages without a build step, and each again as
//    `.unstyled.js` without the CSS (every `.css.js` module empty), for pages that link wmebv.css
//    so that they download the rules once,
// and fails when any `?inline` is left in dist/.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const dist = path.join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tscBin(), '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

for (const file of walk(src).filter((f) => f.endsWith('.css'))) {
  const out = path.join(dist, path.relative(src, file));
  mkdirSync(path.dirname(out), { recursive: true });
  const css = inlineImports(file);
  writeFileSync(out, css);
  const { code } = await transform(css, { loader: 'css', minify: true });
  writeFileSync(`${out}.js`, `export default ${JSON.stringify(code.trim())};\n`);
}
// The whole set for a <link>: src/styles/wmebv.css with its @imports inlined; it lists every
// element's CSS (`pnpm check:generated` fails when one is missing).
writeFileSync(path.join(dist, 'wmebv.css'), inlineImports(path.join(src, 'styles/wmebv.css')));

const inlineImport = /(['"])(\.{1,2}\/[^'"]+\.css)\?inline\1/g;
for (const file of walk(dist).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(file, 'utf8');
  if (inlineImport.test(code)) writeFileSync(file, code.replace(inlineImport, '$1$2.js$1'));
}

const bundle = { bundle: true, format: 'esm', minify: true, sourcemap: true, target: 'es2022', legalComments: 'eof', logLevel: 'warning' };
const litExternal = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/reactive-element', '@lit/reactive-element/*'];
/** Every CSS text as `''` (adoptStyles skips empty texts): the page's <link> to wmebv.css styles the elements. */
const withoutCss = {
  name: 'without-css',
  setup(build) {
    build.onLoad({ filter: /\.css\.js$/ }, () => ({ contents: 'export default "";', loader: 'js' }));
  },
};
for (const [name, options] of [
  ['wmebv-forms.js', {}],
  ['wmebv-forms.lit-external.js', { external: litExternal }],
  ['wmebv-forms.unstyled.js', { plugins: [withoutCss] }],
  ['wmebv-forms.unstyled.lit-external.js', { external: litExternal, plugins: [withoutCss] }],
]) {
  await build({ ...bundle, ...options, entryPoints: [path.join(dist, 'index.js')], outfile: path.join(dist, 'bundle', name) });
}

const left = walk(dist).filter((f) => /\.(js|d\.ts)$/.test(f) && readFileSync(f, 'utf8').includes('?inline'));
if (left.length > 0) throw new Error(`Vite-specific ?inline imports left in: ${left.join(', ')}`);

/** Replaces `@import url('./x.css');` with the imported file's text, recursively. */
function inlineImports(file, seen = new Set()) {
  seen.add(file);
  return readFileSync(file, 'utf8').replace(/@import url\(['"]?([^'")]+)['"]?\);?/g, (_, href) =>
    inlineImports(path.resolve(path.dirname(file), href), seen),
  );
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

function tscBin() {
  return fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
}
