import { checkDefinition, hasErrors, getTranslator, type Finding, type MessageKey } from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';
import { JsonSource } from './locate.js';
import { suggestProperty } from './suggest.js';

// Node: every message of every locale, synchronously (bundle size does not matter here).
provideAllMessages();

/** A finding placed in its file, with its message in the chosen language. */
export interface LocatedFinding {
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  ruleId: string;
  message: string;
  pointer: string;
  messageKey: string;
  params: Finding['params'];
  article?: string;
}

export interface FileResult {
  file: string;
  /** False when the file could not be read or is not JSON (exit code 2). */
  readable: boolean;
  findings: LocatedFinding[];
}

/**
 * Lints one definition given as text: syntax (with the position of the error), then structure and
 * the Wmebv rules together, sorted by position. Never throws.
 */
export function lintText(file: string, text: string, locale: string): FileResult {
  const t = getTranslator(locale);
  const source = new JsonSource(text);
  const place = (finding: Finding, position = source.locate(finding.pointer)): LocatedFinding => {
    // An unknown property is usually a typo that silently drops a limit or a requirement: name the
    // property that was probably meant (`params.suggestion` in JSON output too).
    const property = finding.ruleId === 'unknown-property' ? finding.params?.['property'] : undefined;
    const suggestion = typeof property === 'string' ? suggestProperty(property) : undefined;
    const params = suggestion ? { ...finding.params, suggestion } : finding.params;
    return {
      file,
      ...position,
      severity: finding.severity,
      ruleId: finding.ruleId,
      message: t(finding.messageKey, params) + (suggestion ? ` ${t('cli.didYouMean', { suggestion })}` : ''),
      pointer: finding.pointer,
      messageKey: finding.messageKey,
      params,
      ...(finding.article ? { article: finding.article } : {}),
    };
  };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const raw = error instanceof Error ? error.message : String(error);
    const syntax = source.firstError();
    const at = syntax ?? positionFromMessage(source, raw);
    // What is wrong, in the output's language: jsonc-parser's error code has words of our own
    // (`cli.jsonSyntax.*`); V8's English text only when jsonc-parser saw no error. V8 adds "at
    // position N" (UTF-16 units, after any byte order mark) and sometimes "(line L column C)"; the
    // finding already says where, and a second, differently counted place beside it read as a
    // contradiction (fresh-user trial), so the message keeps only the what.
    const key = syntax && (`cli.jsonSyntax.${syntax.code}` as MessageKey);
    const words = key && t(key);
    const detail =
      words && words !== key
        ? words
        : raw.replace(/ (?:in JSON )?at position \d+(?: \(line \d+ column \d+\))?/, '').replace(/ \(line \d+ column \d+\)/, '');
    const finding: Finding = { ruleId: 'json-syntax', severity: 'error', pointer: '', messageKey: 'findings.jsonSyntax', params: { detail } };
    return { file, readable: false, findings: [place(finding, { line: at.line, column: at.column })] };
  }

  // checkDefinition reads a string argument as JSON text: give it the text when the JSON is a string.
  // It runs every rule on every part that parsed and returns all findings in document order; the
  // sort by line and column keeps that order for findings at the same place (as ESLint prints).
  const { findings } = checkDefinition(typeof value === 'string' ? text : value, { locale });
  const located = findings.map((finding) => place(finding));
  return {
    file,
    readable: true,
    findings: located
      .map((finding, index) => ({ finding, index }))
      .sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column || a.index - b.index)
      .map(({ finding }) => finding),
  };
}

/** A file that could not be read: one finding at its start. */
export function unreadable(file: string, detail: string, locale: string): FileResult {
  const t = getTranslator(locale);
  return {
    file,
    readable: false,
    findings: [
      {
        file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'file',
        message: t('cli.unreadable', { detail }),
        pointer: '',
        messageKey: 'cli.unreadable',
        params: { detail },
      },
    ],
  };
}

/** `FILE:LINE:COL  error|warning  RULE-ID  message`, one line per finding, then a summary line. */
export function formatText(results: readonly FileResult[], locale: string): string {
  const t = getTranslator(locale);
  const lines = results.flatMap((result) =>
    result.findings.map((f) => `${f.file}:${f.line}:${f.column}  ${f.severity}  ${f.ruleId}  ${oneLine(f.message)}`),
  );
  const all = results.flatMap((result) => result.findings);
  const errors = all.filter((finding) => finding.severity === 'error').length;
  const warnings = all.length - errors;
  const files = t('cli.files', { count: results.length });
  lines.push(
    all.length === 0
      ? t('cli.clean', { files })
      : t('cli.summary', { errors: t('cli.errors', { count: errors }), warnings: t('cli.warnings', { count: warnings }), files }),
  );
  return lines.join('\n') + '\n';
}

/** The findings of every file as one JSON array. */
export function formatJson(results: readonly FileResult[]): string {
  return (
    JSON.stringify(
      results.flatMap((result) => result.findings),
      null,
      2,
    ) + '\n'
  );
}

/** 2 when a file could not be read or is not JSON, 1 when there is an error, else 0. */
/**
 * 2 when a file could not be read or is not JSON, 1 with errors or with more warnings than
 * `maxWarnings` (`--max-warnings`, as ESLint's: none by default), else 0.
 */
export function exitCode(results: readonly FileResult[], maxWarnings = Infinity): number {
  if (results.some((result) => !result.readable)) return 2;
  if (results.some((result) => hasErrors(result.findings as unknown as Finding[]))) return 1;
  const warnings = results.reduce((count, result) => count + result.findings.filter((finding) => finding.severity === 'warning').length, 0);
  return warnings > maxWarnings ? 1 : 0;
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ');
}

function positionFromMessage(source: JsonSource, message: string): { line: number; column: number } {
  const match = /position (\d+)/.exec(message);
  return match ? source.position(Number(match[1])) : { line: 1, column: 1 };
}
