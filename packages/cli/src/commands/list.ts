/**
 * Every `wmebv` command, once: `main` dispatches by this list and `wmebv --help` is made from it,
 * so a new command cannot be left out of the usage (issue 17).
 */
import { auditCommand } from '../audit/command.js';
import { importOpenFormsCommand } from '../open-forms/command.js';
import { outageCommand } from './outage.js';
import { verifyReceiptCommand } from './verify-receipt.js';

export interface CommandEntry {
  name: string;
  /** Arguments after the name, as the command's own `--help` shows them (shortened). */
  synopsis: { nl: string; en: string };
  /** What it does, in a few words. */
  summary: { nl: string; en: string };
  /** Runs a command that parses its own arguments; absent for `lint` and `schema`, which `main` runs. */
  run?: (argv: readonly string[]) => Promise<number>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'lint',
    synopsis: {
      nl: '[--format text|json] [--locale nl|en] [--max-warnings N] BESTAND...',
      en: '[--format text|json] [--locale nl|en] [--max-warnings N] FILE...',
    },
    summary: { nl: 'controleer formulierdefinities', en: 'check form definitions' },
  },
  {
    name: 'schema',
    synopsis: { nl: '', en: '' },
    summary: { nl: 'druk het JSON Schema van de definitietaal af', en: 'print the JSON Schema of the definition language' },
  },
  {
    name: 'audit',
    synopsis: { nl: 'BESTAND|MAP... [--format html|md|json] [--out MAP]', en: 'FILE|FOLDER... [--format html|md|json] [--out DIR]' },
    summary: { nl: 'rapport per wetsartikel over een set formulieren', en: 'report per article of law on a set of forms' },
    run: auditCommand,
  },
  {
    name: 'import-open-forms',
    synopsis: { nl: 'EXPORT.zip|MAP... --out MAP', en: 'EXPORT.zip|FOLDER... --out DIR' },
    summary: { nl: 'zet een Open Formulieren-export om naar definities', en: 'turn an Open Forms export into definitions' },
    run: importOpenFormsCommand,
  },
  {
    name: 'verify-receipt',
    synopsis: { nl: 'BESTAND --keys URL|BESTAND [--format text|json]', en: 'FILE --keys URL|FILE [--format text|json]' },
    summary: {
      nl: 'controleer een ontvangstbevestiging, kopie of bewijspakket',
      en: "check a receipt, sender's copy or proof bundle",
    },
    run: verifyReceiptCommand,
  },
  {
    name: 'outage',
    synopsis: { nl: 'check|add|update|resolve|… BESTAND …', en: 'check|add|update|resolve|… FILE …' },
    summary: { nl: 'beheer het bestand met storingsmeldingen', en: 'manage the outage notices file' },
    run: outageCommand,
  },
];

/** `wmebv --help`: every command of `COMMANDS` with its synopsis and summary, in Dutch or English. */
export function usage(locale: string): string {
  const lang = locale.startsWith('en') ? 'en' : 'nl';
  const lines = COMMANDS.map((command) => `  ${`wmebv ${command.name} ${command.synopsis[lang]}`.trimEnd()}`);
  const width = Math.max(...lines.map((line) => line.length)) + 3;
  const body = lines.map((line, index) => line.padEnd(width) + COMMANDS[index]!.summary[lang]).join('\n');
  return lang === 'en'
    ? `Usage:\n${body}\n\n'wmebv COMMAND --help' shows a command's options and exit codes.\n` +
        'Exit code of lint: 0 without errors (warnings allowed, at most N with --max-warnings N), 1 with errors or more warnings, 2 when a file cannot be read or is not JSON.'
    : `Gebruik:\n${body}\n\n'wmebv OPDRACHT --help' toont de opties en uitkomsten van een opdracht.\n` +
        'Uitkomst van lint: 0 zonder fouten (waarschuwingen mogen, hooguit N met --max-warnings N), 1 bij fouten of meer waarschuwingen, 2 als een bestand niet te lezen of geen JSON is.';
}
