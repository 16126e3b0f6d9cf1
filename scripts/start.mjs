#!/usr/bin/env node
// `npm start` (README): first-run setup, build the server package the demo mounts (and core), then serve the demo
// (index.html with the objection form and the intake endpoint) with Vite on PORT (default 5173).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureInstalled, pnpm, repoRoot } from './setup.mjs';

ensureInstalled();
// Only what Node runs: the intake endpoint and core (the browser takes the components' source).
pnpm(['--filter', '@wmebv/server...', 'run', 'build']);

const vite = spawn(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
});
// Stopping `npm start` stops the server: forward the signals a terminal or a supervisor sends.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => vite.kill(signal));
vite.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
