#!/usr/bin/env node
// `npm run wmebv -- …` in this repository: the CLI from packages/cli/dist, or, before the first full
// build (`npm start` builds only core and the server), one line saying what to run instead of
// Node's "Cannot find module" with a stack trace (fresh-user trial).
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { repoRoot } from './setup.mjs';

const cli = path.join(repoRoot, 'packages', 'cli', 'dist', 'index.js');
if (!existsSync(cli)) {
  process.stderr.write('The wmebv command is not built yet. Run `npx --yes pnpm@12.4.2 build` once, then this again (docs/definition.md).\n');
  process.exit(2);
}
await import(pathToFileURL(cli).href);
