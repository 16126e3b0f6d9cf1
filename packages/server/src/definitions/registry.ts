import { createHash } from 'node:crypto';
import { checkDefinition, getTranslator, type Finding, type FormDefinition } from '@wmebv/core';
import { provideAllMessages } from '@wmebv/core/messages';
import { DefinitionFile } from './read-files.js';
import { compareVersions } from './version.js';

// Node: every message of every locale, synchronously (bundle size does not matter here).
provideAllMessages();

/** One version of a form definition as the server holds it. */
export interface FormVersion {
  definition: FormDefinition;
  /** The definition as stored and served: JSON of the checked definition. */
  json: string;
  /** Lower-case hex SHA-256 of `json`: identifies exactly which text a submission was made against. */
  digest: string;
}

/** A definition the server refused to serve, with everything `wmebv lint` finds in it. */
export interface RefusedDefinition {
  /** The file it came from, or `definitions[N]` when it was given in code. */
  source: string;
  /** The form id it claims, when it has one: requests for that form get a 503 rather than a 404. */
  formId?: string;
  findings: Finding[];
}

/**
 * Every version of every form definition the server was given. The newest version of a form is the
 * one it serves and accepts submissions for; older versions stay available so that stored
 * submissions and receipts remain interpretable (docs/design.md, "The submission envelope").
 *
 * An unusable definition is refused on its own (`refused`), with its findings: one bad file in the
 * forms folder never takes the good forms down with it.
 */
export class FormRegistry {
  readonly #forms = new Map<string, FormVersion[]>();
  readonly refused: RefusedDefinition[] = [];

  /**
   * Checks every definition with `checkDefinition` (structure and Wmebv rules, everything at once).
   * Inputs may be parsed JSON or `DefinitionFile`s (which name their file).
   *
   * Two different definitions with the same form id and version are both refused (finding
   * `same-form-version`): which one the body meant cannot be told, and a submission's digest must
   * name exactly one text. The form's other versions, and every other form, are still served
   * (Awb 2:13: one bad file must not close the channel).
   */
  constructor(inputs: readonly unknown[]) {
    const sources = new Map<FormVersion, string>();
    const conflicted = new Set<string>();
    inputs.forEach((given, index) => {
      const input = given instanceof DefinitionFile ? given.value : given;
      const source = given instanceof DefinitionFile ? given.file : describeInput(input, index);
      const result: ReturnType<typeof checkDefinition> =
        given instanceof DefinitionFile && given.readError !== undefined
          ? {
              ok: false,
              findings: [{ ruleId: 'file', severity: 'error', pointer: '', messageKey: 'findings.unreadable', params: { detail: given.readError } }],
            }
          : checkDefinition(input);
      if (!result.ok) {
        const formId = typeof input === 'object' && input !== null ? (input as { id?: unknown }).id : undefined;
        this.refused.push({ source, ...(typeof formId === 'string' ? { formId } : {}), findings: result.findings });
        return;
      }
      const json = JSON.stringify(result.definition);
      const version: FormVersion = { definition: result.definition, json, digest: createHash('sha256').update(json).digest('hex') };
      const { id, version: number } = version.definition;
      const versions = this.#forms.get(id) ?? [];
      const same = versions.find((known) => known.definition.version === number);
      const key = `${id}@${number}`;
      if (conflicted.has(key) || (same && same.digest !== version.digest)) {
        const refuse = (refusedSource: string, other: string): void => {
          const params = { id, version: number, other };
          this.refused.push({
            source: refusedSource,
            formId: id,
            findings: [{ ruleId: 'same-form-version', severity: 'error', pointer: '/version', messageKey: 'findings.sameFormVersion', params }],
          });
        };
        if (same) {
          refuse(sources.get(same) ?? id, source);
          versions.splice(versions.indexOf(same), 1);
          if (versions.length === 0) this.#forms.delete(id);
        }
        refuse(source, same ? (sources.get(same) ?? id) : 'another definition');
        conflicted.add(key);
        return;
      }
      if (!same) {
        versions.push(version);
        sources.set(version, source);
      }
      versions.sort((a, b) => compareVersions(a.definition.version, b.definition.version));
      this.#forms.set(id, versions);
    });
  }

  /** The refusal for a form id that has no usable version, if any. */
  refusedForm(formId: string): RefusedDefinition | undefined {
    return this.#forms.has(formId) ? undefined : this.refused.find((refusal) => refusal.formId === formId);
  }

  /** The newest version of a form: the one served and accepted; undefined for an unknown form. */
  current(formId: string): FormVersion | undefined {
    return this.#forms.get(formId)?.at(-1);
  }

  /** Every version of every form, oldest first per form. */
  all(): FormVersion[] {
    return [...this.#forms.values()].flat();
  }
}

/** `definitions[2] ("bezwaarschrift" 1.0.0)`: enough to find the file it came from. */
function describeInput(input: unknown, index: number): string {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const id = typeof record['id'] === 'string' ? ` "${record['id']}"` : '';
  const version = typeof record['version'] === 'string' ? ` ${record['version']}` : '';
  return `definitions[${index}]${id || version ? ` (${`${id}${version}`.trim()})` : ''}`;
}

/**
 * The operator's log lines for a refused definition: its source, then each finding as `wmebv lint`
 * words it (`POINTER  severity  rule  message`, in Dutch like `wmebv lint`'s default).
 */
export function describeRefusal(refusal: RefusedDefinition, locale = 'nl'): string {
  const t = getTranslator(locale);
  const errors = refusal.findings.filter((finding) => finding.severity === 'error').length;
  return [
    `Form definition ${refusal.source}${refusal.formId ? ` ("${refusal.formId}")` : ''} refused: ${errors} error(s); the other forms are served. Run \`wmebv lint\` on it.`,
    ...refusal.findings.map(
      (finding) =>
        `  ${refusal.source}: ${finding.pointer || '/'}  ${finding.severity}  ${finding.ruleId}  ${t(finding.messageKey, finding.params).replace(/\s*\n\s*/g, ' ')}`,
    ),
  ].join('\n');
}
