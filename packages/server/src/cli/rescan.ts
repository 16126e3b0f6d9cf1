import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../config/data-dir.js';
import { fileStorageFromSettings } from '../config/file-storage.js';
import { readSettings } from '../config/read-config.js';
import { clamdScanner, parseClamdAddress } from '../scan/clamd.js';
import { rescanFlaggedFiles } from '../scan/rescan.js';
import { openStore } from '../store/open-store.js';

export const RESCAN_USAGE =
  'Usage: wmebv-server rescan [--data DIR] [--clamd ADDRESS]\n' +
  '  Scans the attachments stored unscanned while the scanner was unavailable (WMEBV_SCAN_UNAVAILABLE=\n' +
  '  accept-and-flag) with clamd (--clamd or WMEBV_CLAMD) and records each verdict: clean clears the flag,\n' +
  "  infected marks the file in the operator's record (/api/admin/). The server does the same at start\n" +
  '  and every WMEBV_RESCAN_INTERVAL_MS.\n' +
  '  Exit code 0: every flagged file is judged (clean or infected); 1: files stay unscanned (the scanner\n' +
  '  is still unavailable, or a file could not be read); 2: could not run.';

/**
 * `wmebv-server rescan`: one rescan pass over the files flagged as unscanned (`../scan/rescan.ts`).
 * Prints references and signature names only, never file names or answers.
 *
 * @returns the exit code
 */
export async function rescanCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, clamd: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    print(RESCAN_USAGE);
    return 0;
  }
  const settings = readSettings(process.env, { data: values.data, clamd: values.clamd });
  if (!settings.clamd) {
    print('No scanner: give --clamd tcp://host:port (or set WMEBV_CLAMD).');
    return 2;
  }
  const dataDir = settings.dataDir ? path.resolve(settings.dataDir) : defaultDataDir();
  const store = await openStore({ dataDir, databaseUrl: settings.databaseUrl });
  try {
    const scanner = clamdScanner(parseClamdAddress(settings.clamd), { timeoutMs: settings.scanTimeoutMs });
    const outcome = await rescanFlaggedFiles(store.archive, fileStorageFromSettings(settings, dataDir), scanner, print);
    const infected = outcome.infected.map((file) => `${file.reference} ${file.attachmentId} (${file.signature})`);
    print(
      `Rescanned: ${outcome.clean} clean, ${outcome.infected.length} infected${infected.length > 0 ? `: ${infected.join(', ')}` : ''}; ` +
        `${outcome.stillUnscanned + outcome.unreadable.length} still unscanned.`,
    );
    return outcome.stillUnscanned + outcome.unreadable.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
