import type { MessageKeyIn } from '../i18n/message-key.js';

/** A message key under `findings.`: a typo fails the type check. */
export type FindingMessageKey = `findings.${MessageKeyIn<'findings'>}`;

/**
 * A problem found in a form definition, as data: by the parser (structure) or by a rule (Wmebv
 * duties). The UI and the CLI turn it into words with `messageKey` and `params`.
 */
export interface Finding {
  /** `json-syntax`, `schema`, or the id of the rule in `rules/`. */
  ruleId: string;
  severity: 'error' | 'warning';
  /** RFC 6901 JSON pointer to the value concerned, `''` for the whole document. */
  pointer: string;
  /** i18n key under `findings.` in the core resources. */
  messageKey: FindingMessageKey;
  params: Record<string, string | number>;
  /** The article of law the rule enforces, e.g. `Awb 4:4 lid 2`. */
  article?: string;
}

/** Builds an RFC 6901 JSON pointer from path segments. */
export function toPointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((segment) => '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
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
