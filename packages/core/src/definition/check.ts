import { hasErrors, type Finding } from './finding.js';
import { parseDefinition } from './parse.js';
import type { FormDefinition } from './schema.js';
import { lintDefinition } from '../rules/index.js';

export type CheckResult =
  | { ok: true; definition: FormDefinition; findings: Finding[] }
  | { ok: false; findings: Finding[] };

/**
 * Parses and lints in one go: what `wmebv-form` and the server do before using a definition.
 * `ok` is false when there is any structural problem or any rule error; warnings travel along.
 */
export function checkDefinition(input: unknown): CheckResult {
  const parsed = parseDefinition(input);
  if (!parsed.ok) return parsed;
  const findings = [...parsed.findings, ...lintDefinition(parsed.definition)];
  return hasErrors(findings) ? { ok: false, findings } : { ok: true, definition: parsed.definition, findings };
}

/** Thrown by APIs that need a usable definition; `findings` lists every problem. */
export class DefinitionError extends Error {
  constructor(
    readonly findings: Finding[],
    readonly source?: string,
  ) {
    super(
      `Form definition${source ? ` ${source}` : ''} is not usable: ` +
        findings.map((finding) => `${finding.pointer || '/'} ${finding.ruleId} (${finding.messageKey})`).join('; '),
    );
    this.name = 'DefinitionError';
  }
}
