import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from '../config/data-dir.js';
import { readSettings } from '../config/read-config.js';
import type { LogAnchor } from '../proof-log/entry.js';
import type { LogHead } from '../proof-log/head.js';
import { verifyStoredLog } from '../proof-log/verify-store.js';
import { openStore } from '../store/open-store.js';

export const VERIFY_LOG_USAGE =
  'Usage: wmebv-server verify-log [--data DIR] [--receipt receipt.json]… [--head log-head.json]…\n' +
  '  Checks the whole proof log (DATABASE_URL or the SQLite file in the data folder) against its own\n' +
  '  hashes, the newest signed head in the database, and the anchors of the receipts and heads given.\n' +
  '  Exit code 0: intact; 1: broken (the first broken entry is printed); 2: could not check.';

/**
 * `wmebv-server verify-log`: verifies the proof log end to end and reports the first broken entry
 * (an edited entry, a missing one, or entries removed from the end, seen against a signed head or
 * a receipt's anchor).
 *
 * @returns the exit code
 */
export async function verifyLogCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      data: { type: 'string' },
      receipt: { type: 'string', multiple: true },
      head: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(VERIFY_LOG_USAGE);
    return 0;
  }
  const settings = readSettings(process.env, { data: values.data });
  const dataDir = settings.dataDir ? path.resolve(settings.dataDir) : defaultDataDir();
  const store = await openStore({ dataDir, databaseUrl: settings.databaseUrl });
  try {
    const heads = (values.head ?? []).map((file) => readJson(file) as LogHead);
    const anchors: LogAnchor[] = [];
    for (const file of values.receipt ?? []) {
      const log = (readJson(file) as { log?: LogAnchor }).log;
      if (!log) throw new Error(`${file} carries no proof-log anchor ("log"): it was issued before the proof log.`);
      anchors.push(log);
    }
    const result = await verifyStoredLog(store, heads, anchors);
    if (result.unverifiedHead !== undefined) {
      print(`Broken: a signed log head (entry ${result.unverifiedHead}) does not verify with the published keys.`);
      return 1;
    }
    if (!result.ok) {
      print(`Broken at entry ${result.problem!.seq} (${result.problem!.problem}): ${result.problem!.message}`);
      return 1;
    }
    print(
      `Intact: ${result.entries} entries${result.head ? `, head ${result.head.seq} ${result.head.hash}` : ''}; ${result.anchors} ${result.anchors === 1 ? 'anchor holds' : 'anchors hold'} (signed log heads and the receipts given).`,
    );
    return 0;
  } finally {
    await store.close();
  }
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.resolve(file), 'utf8'));
}
