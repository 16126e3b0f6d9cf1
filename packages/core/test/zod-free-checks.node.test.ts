// Issue 11 (a): a form checks answers without loading zod. Each field type's check (`<type>.ts`)
// and everything the run time reaches through the registry of checks must bundle without zod; the
// schemas (`<type>.schema.ts`, `schemas.ts`) are for whatever checks a definition's shape. Node only:
// it bundles the sources with esbuild, as a consumer's bundler would.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const fields = path.join(src, 'definition/fields');

/** The modules esbuild bundles for `entry` (tree-shaken: only those that put code in the output). */
async function bundledModules(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    metafile: true,
    logLevel: 'silent',
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([file]) => file);
}

const ZOD = /(^|\/)(node_modules\/zod\/|src\/zod\.ts$)/;

describe('the run-time path of answers is zod-free', () => {
  const checks = readdirSync(fields).filter((name) => name.endsWith('.ts') && !name.endsWith('.schema.ts') && name !== 'schemas.ts');
  const runTime = [
    ...checks.map((name) => path.join(fields, name)),
    ...[
      'definition/condition.ts',
      'definition/input-field.ts',
      'definition/walk.ts',
      'definition/visibility.ts',
      'validation/validate-values.ts',
    ].map((file) => path.join(src, file)),
  ];

  for (const entry of runTime) {
    it(`${path.relative(src, entry)} bundles without zod`, async () => {
      expect((await bundledModules(entry)).filter((file) => ZOD.test(file))).to.deep.equal([]);
    });
  }

  it('while the schemas do load zod (so the check above can fail)', async () => {
    expect((await bundledModules(path.join(fields, 'schemas.ts'))).some((file) => ZOD.test(file))).to.equal(true);
  });
});
