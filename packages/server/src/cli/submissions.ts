import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { SubmissionStatus } from '../store/archive.js';
import { openOperatorService, OPERATOR_OPTIONS, operatorSettings } from './operator-setup.js';

export const SUBMISSIONS_USAGE =
  'Usage: wmebv-server submissions list   [--organisation ID] [--status new|taken-over|erased] [--limit N] [--offset N]\n' +
  '       wmebv-server submissions show   [--organisation ID] REFERENCE\n' +
  '       wmebv-server submissions export [--organisation ID] [--status …] --out DIR\n' +
  '  Reads the configured database (DATABASE_URL or the SQLite file in --data) and file storage, within\n' +
  '  one organisation (needed when several are configured): the same records as /api/admin/. list prints\n' +
  '  one JSON line per submission, show the back-office record, export writes DIR/submissions.jsonl and\n' +
  '  DIR/files/<reference>/<attachment id> (each record\'s attachments name their file in "href").\n' +
  '  Exit code 0: done; 1: not found; 2: could not run.';

/**
 * `wmebv-server submissions list|show|export` (issue 13): the operator endpoints' data from the
 * command line, for an operator with access to the database.
 *
 * @returns the exit code
 */
export async function submissionsCommand(args: string[], print: (line: string) => void = console.log): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...OPERATOR_OPTIONS,
      status: { type: 'string' },
      limit: { type: 'string' },
      offset: { type: 'string' },
    },
  });
  const [action, reference] = positionals;
  if (values.help || !action || !['list', 'show', 'export'].includes(action)) {
    print(SUBMISSIONS_USAGE);
    return values.help ? 0 : 2;
  }
  const { settings, organisation, dataDir } = operatorSettings(values);
  const status = values.status as SubmissionStatus | undefined;
  if (status !== undefined && !['new', 'taken-over', 'erased'].includes(status)) throw new Error('--status is new, taken-over or erased.');
  const { store, service } = await openOperatorService(settings, dataDir, { outages: true });
  try {
    if (action === 'list') {
      const page = await service.list(organisation, { status, limit: wholeNumber(values.limit, 100), offset: wholeNumber(values.offset, 0) });
      for (const summary of page) print(JSON.stringify(summary));
      return 0;
    }
    if (action === 'show') {
      if (!reference) throw new Error('Which submission? wmebv-server submissions show REFERENCE');
      const record = await service.show(organisation, reference);
      if (!record) {
        print(`There is no submission ${reference} for organisation ${organisation.id}.`);
        return 1;
      }
      print(JSON.stringify(record, null, 2));
      return 0;
    }
    if (!values.out) throw new Error('Where to? wmebv-server submissions export --out DIR');
    const out = path.resolve(values.out);
    mkdirSync(out, { recursive: true });
    const lines: string[] = [];
    for await (const record of service.exportRecords(organisation, status)) {
      for (const attachment of record.attachments) {
        const relative = path.posix.join('files', record.reference, attachment.id);
        if (!record.erasedAt) {
          const file = await service.attachment(organisation, record.reference, attachment.id);
          if (file && file !== 'erased') {
            mkdirSync(path.join(out, 'files', record.reference), { recursive: true });
            writeFileSync(path.join(out, relative), file.bytes);
          }
        }
        attachment.href = relative;
      }
      lines.push(JSON.stringify(record));
    }
    writeFileSync(path.join(out, 'submissions.jsonl'), lines.map((line) => `${line}\n`).join(''));
    print(`Exported ${lines.length} submissions of ${organisation.id} to ${out}.`);
    return 0;
  } finally {
    await store.close();
  }
}

function wholeNumber(raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d{1,9}$/.test(raw)) throw new Error(`Not a whole number: ${raw}`);
  return Number(raw);
}
