/**
 * custom-elements.json is what a fresh analysis of the sources gives (issue 11: a test fails when
 * the committed manifest differs). In Node, not the browser runner: the analyzer reads every source
 * file, and under load that took longer than the 20 s @web/test-runner allows a server command.
 */
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
// @ts-expect-error: the analyzer's CLI module has no typings.
import { cli } from '@custom-elements-manifest/analyzer/cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('custom-elements.json', { timeout: 300_000 }, () => {
  it('is what a fresh analysis of the sources gives', async () => {
    // noWrite: nothing is written (the analyzer would also set `customElements` in the root package.json).
    const manifest: unknown = await cli({
      argv: ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'],
      cwd: root,
      noWrite: true,
    });
    const committed = readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8');
    // Written the way the analyzer writes the file.
    expect(committed, 'run `pnpm manifest` and commit packages/components/custom-elements.json').to.equal(`${JSON.stringify(manifest, null, 2)}\n`);
  });
});
