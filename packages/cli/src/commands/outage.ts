/**
 * `wmebv outage`: keeps a body's outage notices document (docs/outages.md, Awb 2:21) valid.
 *
 *   wmebv outage check FILE
 *   wmebv outage add FILE --id ID --channel web-form[,email…] --status planned|ongoing --start TIME
 *                         [--expected-end TIME] --message TEXT [--message-en TEXT]
 *                         [--phone TEXT] [--email TEXT] [--desk TEXT] [--post TEXT] [--web URL]
 *                         [--extend-types bezwaar,… --periods-ending-from DAY --periods-ending-until DAY
 *                          --extend-until DAY --decision-title TEXT --decision-date DAY [--decision-url URL]]
 *   wmebv outage update FILE --id ID [any option of add]
 *   wmebv outage resolve FILE --id ID [--end TIME]
 *   wmebv outage happened FILE --id ID --start TIME --end TIME   planned work took place (actual times)
 *   wmebv outage cancel FILE --id ID                             planned work did not take place
 *
 * TIME is ISO 8601 with an offset (`2026-04-28T18:00+02:00`) or `now`. `add` creates FILE when it
 * does not exist. Every change is checked against the schema in @wmebv/core before it is written
 * (to a temporary file, then renamed, so a server or banner never reads half a file). Resolved
 * notices stay in the file: they are the record for Awb 2:21 lid 3. `-` as FILE reads standard
 * input and writes the result to standard output. Every change is appended to the notice's `changes`
 * (when, what) and printed, so the file is also the log of who announced what when.
 *
 * An extension (Awb 2:21 lid 1) is the body's decision and states its scope: the message types,
 * the periods it covers by the day they would have ended (DAY is `YYYY-MM-DD`), the new last day,
 * and the decision's title and date (and URL once published); all of these are needed together.
 *
 * Exit codes: 0 done (or valid), 1 the file or the change is not valid, 2 usage or unreadable file.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  MESSAGE_TYPES,
  OUTAGE_CHANNELS,
  parseOutageNotices,
  type AlternativeRoute,
  type NoticeChange,
  type OutageExtension,
  type OutageNotice,
  type OutageNotices,
} from '@wmebv/core';

const USAGE = `Usage:
  wmebv outage check FILE
  wmebv outage add FILE --id ID --channel web-form[,email] --status planned|ongoing --start TIME [--expected-end TIME]
                        --message TEXT [--message-en TEXT] [--phone T] [--email T] [--desk T] [--post T] [--web URL]
                        [--extend-types bezwaar,... --periods-ending-from DAY --periods-ending-until DAY
                         --extend-until DAY --decision-title TEXT --decision-date DAY [--decision-url URL]]
  wmebv outage update FILE --id ID [options of add]
  wmebv outage resolve FILE --id ID [--end TIME]
  wmebv outage happened FILE --id ID --start TIME --end TIME    planned work took place (actual times)
  wmebv outage cancel FILE --id ID                              planned work did not take place
TIME: ISO 8601 with offset (2026-04-28T18:00:00+02:00) or "now". DAY: YYYY-MM-DD.
FILE "-": standard input to standard output.`;

const OPTIONS = {
  id: { type: 'string' },
  channel: { type: 'string' },
  status: { type: 'string' },
  start: { type: 'string' },
  'expected-end': { type: 'string' },
  end: { type: 'string' },
  message: { type: 'string' },
  'message-en': { type: 'string' },
  phone: { type: 'string' },
  email: { type: 'string' },
  desk: { type: 'string' },
  post: { type: 'string' },
  web: { type: 'string' },
  'extend-until': { type: 'string' },
  'extend-types': { type: 'string' },
  'periods-ending-from': { type: 'string' },
  'periods-ending-until': { type: 'string' },
  'decision-title': { type: 'string' },
  'decision-date': { type: 'string' },
  'decision-url': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

const ACTIONS = ['check', 'add', 'update', 'resolve', 'happened', 'cancel'] as const;
type Action = (typeof ACTIONS)[number];
type Change = Exclude<Action, 'check'>;
const DONE: Record<Change, string> = { add: 'added', update: 'updated', resolve: 'resolved', happened: 'recorded as happened', cancel: 'cancelled' };

export async function outageCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [action, file] = positionals;
  if (values.help || !action) {
    process.stdout.write(USAGE + '\n');
    return values.help ? 0 : 2;
  }
  if (!ACTIONS.includes(action as Action) || !file || positionals.length > 2) {
    process.stderr.write(USAGE + '\n');
    return 2;
  }

  let text: string | undefined;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    if (!(action === 'add' && (error as NodeJS.ErrnoException).code === 'ENOENT')) {
      process.stderr.write(`${file}: cannot be read: ${(error as Error).message}\n`);
      return 2;
    }
  }
  let document: OutageNotices = { notices: [] };
  if (text !== undefined) {
    const read = parseOutageNotices(text.replace(/^\uFEFF/, ''));
    if (!read.ok) {
      for (const problem of read.problems) process.stderr.write(`${file}: ${problem.pointer || '/'}: ${problem.message}\n`);
      return 1;
    }
    document = read.document;
  }
  if (action === 'check') {
    process.stdout.write(`${file}: valid, ${document.notices.length} notice(s)\n`);
    return 0;
  }

  let changed: OutageNotices;
  try {
    changed = change(action as Change, document, values);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const checked = parseOutageNotices(changed);
  if (!checked.ok) {
    for (const problem of checked.problems) process.stderr.write(`${problem.pointer || '/'}: ${problem.message}\n`);
    return 1;
  }
  const output = JSON.stringify(checked.document, null, 2) + '\n';
  if (file === '-') {
    process.stdout.write(output);
  } else {
    const temporary = `${file}.${process.pid}.tmp`;
    await writeFile(temporary, output, 'utf8');
    await rename(temporary, file);
    const last = checked.document.notices.find((notice) => notice.id === values.id)?.changes?.at(-1);
    process.stdout.write(`${file}: ${DONE[action as Change]} ${values.id}${last?.detail ? ` (${last.detail})` : ''}\n`);
  }
  return 0;
}

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string };

function change(action: Change, document: OutageNotices, values: Values): OutageNotices {
  const id = values.id;
  if (!id) throw new UsageError('--id is needed.');
  const index = document.notices.findIndex((notice) => notice.id === id);
  const notices = [...document.notices];
  if (action === 'add') {
    if (index >= 0) throw new UsageError(`A notice "${id}" exists already; use "update".`);
    if (!values.channel || !values.status || !values.start || !values.message) {
      throw new UsageError('add needs --channel, --status, --start and --message.');
    }
    notices.push(logged(apply({ id } as OutageNotice, values), 'added', described(values)));
    return { ...document, notices };
  }
  if (index < 0) throw new UsageError(`There is no notice "${id}".`);
  const current = notices[index]!;
  if (action === 'resolve') {
    const end = moment(values.end ?? 'now');
    notices[index] = logged({ ...current, status: 'resolved', end }, 'resolved', `end ${end}`);
  } else if (action === 'happened' || action === 'cancel') {
    if (current.status !== 'planned') throw new UsageError(`"${id}" is not planned work; use "resolve" for an outage.`);
    if (action === 'cancel') {
      notices[index] = logged({ ...current, outcome: { kind: 'cancelled' } }, 'cancelled');
    } else {
      if (!values.start || !values.end) throw new UsageError('happened needs --start and --end: the actual times of the work.');
      const start = moment(values.start);
      const end = moment(values.end);
      notices[index] = logged({ ...current, outcome: { kind: 'happened', start, end } }, 'happened', `${start} to ${end}`);
    }
  } else {
    const next = apply(current, values);
    notices[index] = logged(next, values['extend-until'] !== undefined ? 'extended' : 'updated', described(values));
  }
  return { ...document, notices };
}

/** The notice with one more entry in its `changes`, and a fresh `updatedAt`. */
function logged(notice: OutageNotice, action: NoticeChange['action'], detail?: string): OutageNotice {
  const at = moment('now');
  const entry: NoticeChange = { at, action, ...(detail ? { detail } : {}) };
  return { ...notice, updatedAt: at, changes: [...(notice.changes ?? []), entry] };
}

/** Which options a change set, for the log: names only, except the status and the extension's new end. */
function described(values: Values): string {
  const names = Object.keys(values).filter((name) => name !== 'id' && name !== 'help' && values[name as keyof Values] !== undefined);
  return names.map((name) => (name === 'status' || name === 'extend-until' ? `${name} ${values[name]}` : name)).join(', ');
}

/** The notice with the given options applied (only those given). */
function apply(notice: OutageNotice, values: Values): OutageNotice {
  const next: Record<string, unknown> = { ...notice };
  if (values.channel !== undefined) next['channels'] = list(values.channel, OUTAGE_CHANNELS, '--channel');
  if (values.status !== undefined) next['status'] = values.status;
  if (values.start !== undefined) next['start'] = moment(values.start);
  if (values['expected-end'] !== undefined) next['expectedEnd'] = moment(values['expected-end']);
  if (values.end !== undefined) next['end'] = moment(values.end);
  if (values.message !== undefined || values['message-en'] !== undefined) {
    const old: Record<string, string> = typeof notice.message === 'string' ? { nl: notice.message } : { ...(notice.message ?? {}) };
    if (values.message !== undefined) old['nl'] = values.message;
    if (values['message-en'] !== undefined) old['en'] = values['message-en'];
    next['message'] = old;
  }
  const routes: AlternativeRoute[] = [];
  for (const kind of ['phone', 'email', 'desk', 'post', 'web'] as const) {
    const value = values[kind];
    if (value !== undefined) routes.push({ kind, value });
  }
  if (routes.length > 0) {
    const kept = (notice.alternatives ?? []).filter((route) => !routes.some((given) => given.kind === route.kind));
    next['alternatives'] = [...kept, ...routes];
  }
  const extension = extensionFrom(values, notice.extension);
  if (extension) next['extension'] = extension;
  return next as OutageNotice;
}

const EXTENSION_OPTIONS = [
  'extend-types',
  'periods-ending-from',
  'periods-ending-until',
  'extend-until',
  'decision-title',
  'decision-date',
  'decision-url',
] as const;

/**
 * The extension the options describe, on top of the one the notice has. An extension without its
 * scope is not an extension the body decided (Awb 2:21 lid 1): every part must be there.
 */
function extensionFrom(values: Values, current: OutageExtension | undefined): OutageExtension | undefined {
  if (!EXTENSION_OPTIONS.some((name) => values[name] !== undefined)) return undefined;
  const title = values['decision-title'];
  const extension = {
    messageTypes: values['extend-types'] !== undefined ? list(values['extend-types'], MESSAGE_TYPES, '--extend-types') : current?.messageTypes,
    periodsEndingFrom: values['periods-ending-from'] ?? current?.periodsEndingFrom,
    periodsEndingUntil: values['periods-ending-until'] ?? current?.periodsEndingUntil,
    newEnd: values['extend-until'] ?? current?.newEnd,
    decision: {
      title: title ?? current?.decision.title,
      date: values['decision-date'] ?? current?.decision.date,
      ...((values['decision-url'] ?? current?.decision.url) ? { url: values['decision-url'] ?? current?.decision.url } : {}),
    },
  };
  const missing = [
    extension.messageTypes ? undefined : '--extend-types',
    extension.periodsEndingFrom ? undefined : '--periods-ending-from',
    extension.periodsEndingUntil ? undefined : '--periods-ending-until',
    extension.newEnd ? undefined : '--extend-until',
    extension.decision.title ? undefined : '--decision-title',
    extension.decision.date ? undefined : '--decision-date',
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new UsageError(`An extension states the scope the body decided (Awb 2:21 lid 1); missing: ${missing.join(', ')}.`);
  }
  return extension as OutageExtension;
}

function list<T extends string>(text: string, known: readonly T[], option: string): T[] {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !(known as readonly string[]).includes(item));
  if (unknown.length > 0) throw new UsageError(`${option}: unknown ${unknown.join(', ')}; known: ${known.join(', ')}.`);
  return items as T[];
}

/** `now`, or an ISO 8601 time as given (the schema checks it has an offset). */
function moment(value: string): string {
  if (value === 'now') return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return value;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
