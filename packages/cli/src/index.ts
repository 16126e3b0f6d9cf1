#!/usr/bin/env node
/**
 * `wmebv`: the command for form builders. Its commands are listed once, in `commands/list.ts`;
 * `wmebv --help` prints them all.
 *
 * Exit codes of `lint`: 0 without errors (warnings allowed, up to `--max-warnings N`), 1 with errors
 * (or more warnings than N), 2 when a file cannot be read or is not JSON. `-` as FILE reads standard input.
 */
import { readFile } from 'node:fs/promises';
import { getTranslator, resolveLocale, type MessageKey } from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';
import { exitCode, formatJson, formatText, lintText, unreadable, type FileResult } from './lint.js';
import { markSameForms, type LintedText } from './same-form.js';
import { definitionJsonSchema } from './schema.js';
import { COMMANDS, usage } from './commands/list.js';

// Node: every message of every locale, synchronously (bundle size does not matter here).
provideAllMessages();

export async function main(argv: readonly string[]): Promise<number> {
  const own = COMMANDS.find((command) => command.name === argv[0])?.run;
  if (own) return own(argv.slice(1));
  const args = [...argv];
  let locale = 'nl';
  let format: 'text' | 'json' = 'text';
  let maxWarnings = Infinity;
  const files: string[] = [];
  // `wmebv --locale en --help`: options before any command.
  const command = args[0]?.startsWith('-') ? undefined : args.shift();
  let help = false;
  while (args.length > 0) {
    const arg = args.shift()!;
    const [name, inline] = arg.startsWith('--') ? (arg.split('=', 2) as [string, string | undefined]) : [arg, undefined];
    if (name === '--locale') {
      // Only a language the messages exist in: `--locale fr` silently gave Dutch (fresh-user trial).
      const value = inline ?? args.shift() ?? '';
      if (resolveLocale(value) !== value.toLowerCase().split('-')[0]) return usageError(locale, 'cli.unknownOption', { option: `--locale ${value}` });
      locale = resolveLocale(value);
    } else if (name === '--format') {
      const value = inline ?? args.shift();
      if (value !== 'text' && value !== 'json') return usageError(locale, 'cli.unknownOption', { option: `--format ${value ?? ''}` });
      format = value;
    } else if (name === '--max-warnings') {
      const value = inline ?? args.shift();
      if (!value || !/^\d+$/.test(value)) return usageError(locale, 'cli.unknownOption', { option: `--max-warnings ${value ?? ''}` });
      maxWarnings = Number(value);
    } else if (name === '--help' || name === '-h') help = true;
    else if (arg.startsWith('--')) return usageError(locale, 'cli.unknownOption', { option: arg });
    else files.push(arg);
  }
  if (help) {
    process.stdout.write(usage(locale) + '\n');
    return 0;
  }

  switch (command) {
    case 'lint': {
      if (files.length === 0) return usageError(locale, 'cli.noFiles', {});
      const linted: LintedText[] = [];
      for (const file of files) linted.push(await lintFile(file, locale));
      markSameForms(linted, locale);
      const results: FileResult[] = linted.map(({ result }) => result);
      process.stdout.write(format === 'json' ? formatJson(results) : formatText(results, locale));
      return exitCode(results, maxWarnings);
    }
    case 'schema':
      process.stdout.write(JSON.stringify(definitionJsonSchema(), null, 2) + '\n');
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(usage(locale) + '\n');
      return command === undefined ? 2 : 0;
    default:
      return usageError(locale, 'cli.unknownCommand', { command });
  }
}

async function lintFile(file: string, locale: string): Promise<LintedText> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    return { result: unreadable(file, error instanceof Error ? error.message : String(error), locale), text: undefined };
  }
  // A byte order mark is not JSON, but editors on Windows write one; skip it.
  text = text.replace(/^\uFEFF/, '');
  return { result: lintText(file, text, locale), text };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function usageError(locale: string, key: MessageKey, params: Record<string, unknown>): number {
  const t = getTranslator(locale);
  process.stderr.write(`${t(key, params)}\n\n${usage(locale)}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Never a stack trace for the form builder; the message is enough to report a bug.
    process.stderr.write(`wmebv: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
