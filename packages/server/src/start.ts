#!/usr/bin/env node
/**
 * Standalone intake server:
 *
 *   wmebv-server --port 8787 --data ./.data --forms ./forms
 *
 * serves the intake API (see `createIntakeHandler`) for the form definitions in `--forms`
 * (every `*.json` directly in that folder) and stores submissions in `--data`.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDefinitionFiles } from './definitions/read-files.js';
import { createIntakeHandler } from './handler.js';

const USAGE = 'Usage: wmebv-server [--port 8787] [--host 127.0.0.1] [--data ./.data] [--forms ./forms]';

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string' },
      data: { type: 'string', default: './.data' },
      forms: { type: 'string', default: './forms' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number. ${USAGE}`);
  const dataDir = path.resolve(values.data);
  const formsDir = path.resolve(values.forms);
  const definitions = readDefinitionFiles(formsDir);
  if (definitions.length === 0) console.warn(`No *.json form definitions in ${formsDir}.`);

  const handler = createIntakeHandler({ dataDir, definitions });
  const server = createServer((req, res) => void handler(req, res));
  server.listen(port, values.host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : port;
    console.log(`wmebv-server: http://${values.host ?? 'localhost'}:${actual}/api/ (${definitions.length} definitions from ${formsDir}, data in ${dataDir})`);
  });
  const stop = (): void => {
    server.close(() => handler.close());
    server.closeIdleConnections();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
