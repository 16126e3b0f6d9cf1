/**
 * A check across files, which no rule on one definition can make: two files that claim the same
 * form id and version. `wmebv-server` refuses both when their content differs (a submission's digest
 * must name exactly one text, and which one the body meant cannot be told), so `wmebv lint` and
 * `wmebv audit` report it as an error (`same-form-version`); an identical second copy is a warning
 * (`same-form-twice`). The finding sits on the later file's `version` and names the earlier file.
 */
import { getTranslator } from '@wmebv/core';
import type { FileResult } from './lint.js';
import { JsonSource } from './locate.js';

/** One linted file and its text (undefined when it could not be read). */
export interface LintedText {
  result: FileResult;
  text: string | undefined;
}

/** Adds the cross-file findings to the later of each pair; findings stay sorted by position. */
export function markSameForms(entries: readonly LintedText[], locale: string): void {
  const t = getTranslator(locale);
  const first = new Map<string, { file: string; content: string }>();
  for (const { result, text } of entries) {
    const claim = formClaim(text);
    if (!claim) continue;
    const key = JSON.stringify([claim.id, claim.version]);
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, { file: result.file, content: claim.content });
      continue;
    }
    const differs = earlier.content !== claim.content;
    const messageKey = differs ? 'findings.sameFormVersion' : 'findings.sameFormTwice';
    const params = { id: claim.id, version: claim.version, other: earlier.file };
    result.findings.push({
      file: result.file,
      ...new JsonSource(text!).locate('/version'),
      severity: differs ? 'error' : 'warning',
      ruleId: differs ? 'same-form-version' : 'same-form-twice',
      message: t(messageKey, params),
      pointer: '/version',
      messageKey,
      params,
    });
    result.findings.sort((a, b) => a.line - b.line || a.column - b.column);
  }
}

/** The id and version a definition's text claims, and its content (parsed, so white space does not count). */
function formClaim(text: string | undefined): { id: string; version: string; content: string } | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { id, version } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof version === 'string' ? { id, version, content: JSON.stringify(value) } : undefined;
}
