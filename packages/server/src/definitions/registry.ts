import { createHash } from 'node:crypto';
import { checkDefinition, DefinitionError, type FormDefinition } from '@wmebv/core';
import { compareVersions } from './version.js';

/** One version of a form definition as the server holds it. */
export interface FormVersion {
  definition: FormDefinition;
  /** The definition as stored and served: JSON of the checked definition. */
  json: string;
  /** Lower-case hex SHA-256 of `json`: identifies exactly which text a submission was made against. */
  digest: string;
}

/**
 * Every version of every form definition the server was given. The newest version of a form is the
 * one it serves and accepts submissions for; older versions stay available so that stored
 * submissions and receipts remain interpretable (DESIGN.md, "The submission envelope").
 */
export class FormRegistry {
  readonly #forms = new Map<string, FormVersion[]>();

  /**
   * Checks every definition with `checkDefinition` (structure and Wmebv rules).
   *
   * @throws DefinitionError listing every finding of the first unusable definition
   * @throws Error when two different definitions claim the same form id and version
   */
  constructor(inputs: readonly unknown[]) {
    inputs.forEach((input, index) => {
      const result = checkDefinition(input);
      if (!result.ok) throw new DefinitionError(result.findings, describeInput(input, index));
      const json = JSON.stringify(result.definition);
      const version: FormVersion = { definition: result.definition, json, digest: createHash('sha256').update(json).digest('hex') };
      const versions = this.#forms.get(version.definition.id) ?? [];
      const same = versions.find((known) => known.definition.version === version.definition.version);
      if (same && same.digest !== version.digest) {
        throw new Error(
          `Form definition ${describeInput(input, index)} differs from another definition with the same id and version; give the changed one a new version.`,
        );
      }
      if (!same) versions.push(version);
      versions.sort((a, b) => compareVersions(a.definition.version, b.definition.version));
      this.#forms.set(version.definition.id, versions);
    });
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
