// @ts-check
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A test-runner command `fresh-manifest`: runs the Custom Elements Manifest analyzer with the
 * repository's config without writing anything, and answers `{ fresh, committed }`: the new and the
 * committed packages/components/custom-elements.json as text.
 *
 * @param {{ rootDir: string }} options
 * @returns {import('@web/test-runner').TestRunnerPlugin}
 */
export function manifestPlugin({ rootDir }) {
  return {
    name: 'fresh-manifest',
    async executeCommand({ command }) {
      if (command !== 'fresh-manifest') return undefined;
      // @ts-expect-error: the analyzer's CLI module has no typings.
      const { cli } = await import('@custom-elements-manifest/analyzer/cli.js');
      // It also sets `customElements` in the root package.json, to the value already there.
      const manifest = await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], cwd: rootDir, noWrite: true });
      return {
        // Written the way the analyzer writes the file.
        fresh: `${JSON.stringify(manifest, null, 2)}\n`,
        committed: readFileSync(path.join(rootDir, 'packages/components/custom-elements.json'), 'utf8'),
      };
    },
  };
}
