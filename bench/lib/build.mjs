// esbuild: one page per column (its adapter + the in-page harness) into dist/<id>/, built from the
// workspace's TypeScript sources (the `source` export condition, as the tests resolve them), so a
// fresh clone needs no `pnpm build` first. Lit resolves to its production build; CSS imported with
// Vite's `?inline` becomes minified text inside the JS, as in a consumer's production bundle.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const cssInline = {
  name: 'css-inline',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.resolve(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'css-inline',
    }));
    build.onLoad({ filter: /.*/, namespace: 'css-inline' }, async (args) => {
      const css = await fs.promises.readFile(args.path, 'utf8');
      const min = await esbuild.transform(css, { loader: 'css', minify: true, sourcefile: args.path });
      return { contents: min.code, loader: 'text', watchFiles: [args.path] };
    });
  },
};

const pageHtml = (id) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>bench: ${id}</title>
</head>
<body>
<main id="root"></main>
<script type="module" src="page.js"></script>
</body>
</html>
`;

/**
 * Builds every column's page; returns each page's JS size in bytes (minified, and gzip -9), for
 * scale only (`pnpm size` is the project's size measurement). `minify: false` keeps identifiers,
 * so that a CPU profile names the functions (profile-render.mjs).
 */
export async function buildPages(benchDir, columns, distDir, { minify = true } = {}) {
  const sizes = {};
  for (const { id, file } of columns) {
    const outdir = path.join(distDir, id);
    fs.rmSync(outdir, { recursive: true, force: true });
    const adapter = `./${path.relative(benchDir, file).split(path.sep).join('/')}`;
    await esbuild.build({
      stdin: {
        contents: `import * as adapter from ${JSON.stringify(adapter)};\nimport { install } from './harness/page.js';\ninstall(adapter, ${JSON.stringify(id)});`,
        resolveDir: benchDir,
        sourcefile: `${id}-entry.js`,
        loader: 'js',
      },
      bundle: true,
      minify,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source'],
      legalComments: 'none',
      logLevel: 'error',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [cssInline],
      outfile: path.join(outdir, 'page.js'),
      absWorkingDir: benchDir,
    });
    fs.writeFileSync(path.join(outdir, 'index.html'), pageHtml(id));
    const js = fs.readFileSync(path.join(outdir, 'page.js'));
    sizes[id] = { min: js.length, gzip: gzipSync(js, { level: 9 }).length };
  }
  return sizes;
}
