#!/usr/bin/env node
/**
 * Standalone intake server:
 *
 *   wmebv-server --port 8787 --forms ./forms [--data DIR]
 *
 * serves the intake API (see `createIntakeHandler`) for the form definitions in `--forms`
 * (every `*.json` directly in that folder) and stores submissions in `--data`, by default
 * `defaultDataDir()` (`WMEBV_DATA_DIR`, else `$XDG_STATE_HOME/wmebv-forms`, else
 * `~/.local/state/wmebv-forms`): outside any served folder.
 *
 * Receipts are signed with the Ed25519 private JWK in `--signing-key` (or the file named by
 * `WMEBV_RECEIPT_SIGNING_KEY_FILE`); without one, a development key is made in the data folder.
 * Receipt e-mails go through `SMTP_URL` when set (From: `MAIL_FROM`), or with `--outbox DIR` into
 * that folder as `.eml` files.
 *
 * `--outages FILE|URL` (or `WMEBV_OUTAGES`) names the outage notices document: while it marks the
 * web-form channel down, submissions get 503 with the notice (docs/outages.md).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './config/data-dir.js';
import { readDefinitionFiles } from './definitions/read-files.js';
import { createIntakeHandler } from './handler.js';
import { readReceiptKeyFile } from './receipt-keys/signing-key.js';

const USAGE =
  'Usage: wmebv-server [--port 8787] [--host 127.0.0.1] [--data DIR (default: $WMEBV_DATA_DIR, $XDG_STATE_HOME/wmebv-forms or ~/.local/state/wmebv-forms)] [--forms ./forms] [--signing-key key.jwk.json] [--outbox DIR] [--outages outages.json|URL]';

function main(): void {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string' },
      data: { type: 'string' },
      forms: { type: 'string', default: './forms' },
      'signing-key': { type: 'string' },
      outbox: { type: 'string' },
      outages: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number. ${USAGE}`);
  const dataDir = values.data ? path.resolve(values.data) : defaultDataDir();
  const formsDir = path.resolve(values.forms);
  const definitions = readDefinitionFiles(formsDir);
  if (definitions.length === 0) console.warn(`No *.json form definitions in ${formsDir}.`);

  const keyFile = values['signing-key'] ?? process.env['WMEBV_RECEIPT_SIGNING_KEY_FILE'];
  const smtpUrl = process.env['SMTP_URL'];
  const handler = createIntakeHandler({
    dataDir,
    definitions,
    outages: outagesLocation(values.outages ?? process.env['WMEBV_OUTAGES']),
    receiptSigningKey: keyFile ? readReceiptKeyFile(path.resolve(keyFile)) : undefined,
    mail: smtpUrl || values.outbox ? { smtpUrl, outboxDir: values.outbox && path.resolve(values.outbox), from: process.env['MAIL_FROM'] } : undefined,
  });
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

/** The notices document: a URL as given, a path resolved against the working folder. */
function outagesLocation(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^https?:\/\//i.test(value) ? value : path.resolve(value);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
