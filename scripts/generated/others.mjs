// The other generated files that CI keeps fresh: the Custom Elements Manifest, the JSON Schema of
// the definition language, and wmebv.css (every element's CSS in one file for a <link>).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { repoRoot } from '../setup.mjs';

export const MANIFEST = 'packages/components/custom-elements.json';
export const SCHEMA = 'packages/core/form-definition.schema.json';
export const WMEBV_CSS = 'packages/components/src/styles/wmebv.css';

/** custom-elements.json as `pnpm manifest` writes it (the analyzer with the repository's config). */
export async function manifestOutputs() {
  const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
  const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: repoRoot, noWrite: true });
  return [{ file: MANIFEST, text: `${JSON.stringify(manifest, null, 2)}\n` }];
}

/** The JSON Schema exactly as `wmebv schema` prints it, from the sources (no build needed). */
export async function schemaOutputs() {
  const { definitionJsonSchema } = await importFromSources("export { definitionJsonSchema } from './packages/cli/src/schema.ts';");
  return [{ file: SCHEMA, text: `${JSON.stringify(definitionJsonSchema(), null, 2)}\n` }];
}

/** The module `contents` (TypeScript, paths from the repository root) bundled from the sources and imported. */
export async function importFromSources(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    conditions: ['source'],
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const SHARED = ['./tokens.css', './base.css', './keep-visible.css'];
/** CSS that no page adopts: the sender's copy inlines it into its own downloaded file. */
const NOT_FOR_PAGES = ['../copy/copy.css'];

/**
 * wmebv.css @imports the shared sheets and every CSS file an element module adopts
 * (`import css from './x.css?inline'`): the ones already listed keep their place (order is
 * cascade order inside the layer), new ones are added in path order.
 */
export function wmebvCssOutputs() {
  const src = path.join(repoRoot, 'packages/components/src');
  const styles = path.join(src, 'styles');
  const adopted = new Set();
  for (const file of walk(src)
    .filter((f) => f.endsWith('.ts') && !/\.(test|stories|examples|fixtures|d)\.ts$/.test(f))
    .sort()) {
    for (const [, imported] of readFileSync(file, 'utf8').matchAll(/from '(\.[^']+\.css)\?inline'/g)) {
      const relative = path
        .relative(styles, path.resolve(path.dirname(file), imported))
        .split(path.sep)
        .join('/');
      const href = relative.startsWith('.') ? relative : `./${relative}`;
      if (!NOT_FOR_PAGES.includes(href)) adopted.add(href);
    }
  }
  const current = readFileSync(path.join(repoRoot, WMEBV_CSS), 'utf8');
  const listed = [...current.matchAll(/@import url\('([^']+)'\);/g)].map(([, href]) => href);
  const kept = listed.filter((href) => SHARED.includes(href) || adopted.has(href));
  const imports = [...new Set([...SHARED, ...kept, ...[...adopted].sort()])];
  const header = current.slice(0, current.indexOf('@import'));
  return [{ file: WMEBV_CSS, text: `${header}${imports.map((href) => `@import url('${href}');`).join('\n')}\n` }];
}

/** Every file under `dir`. */
export function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
