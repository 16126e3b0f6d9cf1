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
 * Every setting is an environment variable, most also a flag (which wins); they are validated
 * together at start and listed in docs/server.md (`config/variables.ts`).
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './config/data-dir.js';
import { readSettings } from './config/read-config.js';
import { VARIABLES } from './config/variables.js';
import { readDefinitionFiles } from './definitions/read-files.js';
import { createIntakeHandler } from './handler.js';
import { copyToPostgresCommand } from './cli/copy-to-postgres.js';
import { verifyLogCommand } from './cli/verify-log.js';
import { proofBundleCommand } from './cli/proof-bundle.js';
import { rescanCommand } from './cli/rescan.js';
import { submissionsCommand } from './cli/submissions.js';
import { tokenCommand } from './cli/token.js';
import { fileStorageFromSettings } from './config/file-storage.js';
import { organisationsFromSettings } from './organisations/from-settings.js';
import { watchOrganisationTokens } from './organisations/reload.js';
import { consoleLogger } from './log/logger.js';
import { httpServerOptions, resolveLimits } from './limits/server-limits.js';
import { readPublicKeysFile, readReceiptKeyFile } from './receipt-keys/signing-key.js';
import { clamdScanner, parseClamdAddress } from './scan/clamd.js';

/** How long (ms) requests in flight may take to finish after SIGTERM. */
const DRAIN_MS = 30_000;

const FLAGS = Object.values(VARIABLES).filter((variable) => variable.flag);
const USAGE =
  'Usage: wmebv-server [options]; every option is also an environment variable (docs/server.md):\n' +
  FLAGS.map((variable) => `  --${variable.flag!.padEnd(16)} ${variable.env.padEnd(34)} ${variable.description}`).join('\n') +
  '\nCommands (each with --help): verify-log, proof-bundle REFERENCE, copy-to-postgres, submissions list|show|export, token NAME, rescan.';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { ...Object.fromEntries(FLAGS.map((variable) => [variable.flag!, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const settings = readSettings(process.env, values as Record<string, string | undefined>);
  const dataDir = settings.dataDir ? path.resolve(settings.dataDir) : defaultDataDir();
  const formsDir = path.resolve(settings.formsDir);
  const definitions = readDefinitionFiles(formsDir);
  if (definitions.length === 0) console.warn(`No *.json form definitions in ${formsDir}.`);

  const { smtpUrl, outboxDir } = settings;
  const limits = resolveLimits(settings);
  const organisations = organisationsFromSettings(settings);
  const handler = createIntakeHandler({
    dataDir,
    databaseUrl: settings.databaseUrl,
    fileStorage: fileStorageFromSettings(settings, dataDir),
    organisations,
    definitions,
    outages: outagesLocation(settings.outages),
    receiptSigningKey: settings.signingKeyFile ? readReceiptKeyFile(path.resolve(settings.signingKeyFile)) : undefined,
    publishedReceiptKeys: settings.earlierKeysFile ? await readPublicKeysFile(path.resolve(settings.earlierKeysFile)) : undefined,
    mail: smtpUrl || outboxDir ? { smtpUrl, outboxDir: outboxDir && path.resolve(outboxDir), from: settings.mailFrom } : undefined,
    allowedOrigins: settings.allowedOrigins,
    limits,
    trustedProxies: settings.trustedProxies,
    scanFile: settings.clamd ? clamdScanner(parseClamdAddress(settings.clamd), { timeoutMs: settings.scanTimeoutMs }) : undefined,
    scanUnavailable: settings.scanUnavailable,
    rescanIntervalMs: settings.rescanIntervalMs,
  });
  await handler.ready;
  // Tokens change without a restart: the file is re-read when it changes and on SIGHUP.
  const tokenWatch = settings.organisationsFile
    ? watchOrganisationTokens(path.resolve(settings.organisationsFile), organisations, consoleLogger)
    : undefined;
  const server = createServer(httpServerOptions(limits), (req, res) => void handler(req, res));
  server.listen(settings.port, settings.host, () => {
    const address = server.address();
    const actual = typeof address === 'object' && address ? address.port : settings.port;
    console.log(
      `wmebv-server: http://${settings.host ?? 'localhost'}:${actual}/api/ (${definitions.length - handler.refused.length} definitions from ${formsDir}` +
        `${handler.refused.length > 0 ? `, ${handler.refused.length} refused` : ''}, data in ${dataDir}` +
        // Which stores are in use, so an operator can tell from the log (never the URL: it may hold a password).
        `${settings.databaseUrl ? ', submissions in PostgreSQL (DATABASE_URL)' : ''}${settings.s3Bucket ? `, files in S3 bucket ${settings.s3Bucket}` : ''})`,
    );
  });
  // SIGTERM (a load balancer's or orchestrator's stop): stop accepting, let the requests in flight
  // finish (at most DRAIN_MS), close the database, exit.
  const stop = (): void => {
    tokenWatch?.stop();
    handler.drain();
    server.close(() => void handler.close().finally(() => process.exit()));
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), DRAIN_MS).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The notices document: a URL as given, a path resolved against the working folder. */
function outagesLocation(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return /^https?:\/\//i.test(value) ? value : path.resolve(value);
}

/** The operator's commands (`wmebv-server <command> …`); each resolves with its exit code, 2 when it could not run. */
const COMMANDS: Record<string, (args: string[]) => Promise<number> | number> = {
  'verify-log': verifyLogCommand,
  'proof-bundle': proofBundleCommand,
  rescan: rescanCommand,
  'copy-to-postgres': copyToPostgresCommand,
  submissions: submissionsCommand,
  token: tokenCommand,
};

const name = process.argv[2] ?? '';
const subcommand = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
const command = subcommand ? Promise.resolve(subcommand(process.argv.slice(3))).then((code) => void (process.exitCode = code)) : main();
command.catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = subcommand ? 2 : 1;
});
