#!/usr/bin/env node
// Generated files, written or checked:
//   node scripts/generated/run.mjs [NAME...]          writes them (`pnpm generate`, `pnpm tokens`, `pnpm schema`)
//   node scripts/generated/run.mjs --check [NAME...]  fails when a committed one differs (`pnpm check:generated`, in .ci/run)
// NAME: manifest, tokens, schema, definition-validator, checks, wmebv-css (all when none is given; manifest before tokens, whose
// per-element table reads it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { manifestOutputs, schemaOutputs, wmebvCssOutputs } from './others.mjs';
import { tokenOutputs } from './tokens.mjs';
import { definitionValidatorOutputs } from './definition-validator.mjs';
import { checkOutputs } from './checks.mjs';
import { repoRoot } from '../setup.mjs';

const GENERATORS = {
  'wmebv-css': { command: 'pnpm generate wmebv-css', what: "the @imports of every element's CSS", outputs: wmebvCssOutputs },
  manifest: { command: 'pnpm manifest', what: "the Custom Elements Manifest from the elements' JSDoc and CSS", outputs: manifestOutputs },
  tokens: {
    command: 'pnpm tokens',
    what: 'tokens.css and the token tables of docs/theming.md from tokens.json and custom-elements.json',
    outputs: tokenOutputs,
  },
  schema: {
    command: 'pnpm schema',
    what: "the JSON Schema of the definition language from core's zod schemas (`wmebv schema`)",
    outputs: schemaOutputs,
  },
  'definition-validator': {
    command: 'pnpm generate definition-validator',
    what: "the zod-free validator of a valid definition from core's zod schemas",
    outputs: definitionValidatorOutputs,
  },
  checks: {
    command: 'pnpm generate checks',
    what: "the zod-free checks of what browsers receive or store (receipts, keys, saved progress, 422 errors, outage notices) from core's zod schemas",
    outputs: checkOutputs,
  },
};

const args = process.argv.slice(2);
const check = args.includes('--check');
const names = args.filter((arg) => arg !== '--check');
const unknown = names.filter((name) => !(name in GENERATORS));
if (unknown.length > 0) {
  console.error(`Unknown: ${unknown.join(', ')}. Known: ${Object.keys(GENERATORS).join(', ')}.`);
  process.exit(2);
}

let stale = 0;
for (const [name, generator] of Object.entries(GENERATORS)) {
  if (names.length > 0 && !names.includes(name)) continue;
  let outputs;
  try {
    outputs = await generator.outputs();
  } catch (error) {
    stale++;
    console.error(`FAILED: \`${generator.command}\` (${generator.what}): ${error instanceof Error ? error.message : error}`);
    continue;
  }
  for (const { file, text } of outputs) {
    const full = path.join(repoRoot, file);
    let committed = '';
    try {
      committed = readFileSync(full, 'utf8');
    } catch {
      // no committed file yet: it counts as stale
    }
    if (committed === text) {
      if (check) console.log(`fresh: ${file}`);
      continue;
    }
    if (check) {
      stale++;
      console.error(
        `STALE: ${file} differs from what \`${generator.command}\` generates (${generator.what}). Run \`${generator.command}\` and commit it.`,
      );
    } else {
      writeFileSync(full, text);
      console.log(`wrote ${file}`);
    }
  }
}
if (stale > 0) process.exit(1);
