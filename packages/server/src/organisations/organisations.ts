import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod';
import { sameHash, tokenHash } from './tokens.js';

/**
 * The bodies this server receives for (issue 13): a shared service organisation (a
 * gemeenschappelijke regeling) runs one server for several bestuursorganen, each with its own forms,
 * receipt key, operator tokens and retention period. The receipt names the receiving body.
 */
export interface Organisation {
  /** Stable id, e.g. `voorbeeld`; lower-case letters, digits and `-`. */
  id: string;
  /** The receiving body as the receipt names it; the form definition's organisation name when absent. */
  name?: string | undefined;
  /** The form ids this body receives; `all` only for the one organisation of an unconfigured server. */
  forms: readonly string[] | 'all';
  /** File with the Ed25519 private JWK that signs this body's receipts (absolute); the server's key when absent. */
  receiptSigningKeyFile?: string | undefined;
  /** Days after a submission was taken over that its answers and files are deleted (AVG art. 5 lid 1 sub e); never when absent. */
  retentionDays?: number | undefined;
  tokens: readonly OperatorToken[];
}

/** An operator token as configured: its name (logged with every access), the SHA-256 of the token, an optional end. */
export interface OperatorToken {
  name: string;
  /** Lower-case hex SHA-256 of the token (`wmebv-server token`). */
  sha256: string;
  /** ISO 8601 with offset: refused from then on (for rotation without a gap: configure the new one first). */
  expiresAt?: string | undefined;
}

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be lower-case letters, digits and -');
const TokenSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'must be 1-64 letters, digits, ".", "_" or "-", starting with a letter or digit'),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be the lower-case hex SHA-256 of the token (wmebv-server token NAME)'),
  expiresAt: z.iso.datetime({ offset: true }).optional(),
});
const OrganisationSchema = z.strictObject({
  id: Id,
  name: z.string().min(1),
  forms: z.array(z.string().min(1)).min(1),
  receiptSigningKeyFile: z.string().min(1).optional(),
  retentionDays: z.number().int().positive().optional(),
  tokens: z.array(TokenSchema).default([]),
});
const FileSchema = z.strictObject({ organisations: z.array(OrganisationSchema).min(1) });

/** A token that matched: whose it is and its name, for the access log. */
export interface OperatorIdentity {
  organisation: Organisation;
  tokenName: string;
}

/**
 * Every organisation, with the lookups the server needs: whose a form is, whose a token is.
 * Built from `readOrganisationsFile` or `OrganisationDirectory.single`.
 */
export class OrganisationDirectory {
  readonly organisations: readonly Organisation[];

  /** @throws Error listing every inconsistency (an id, form, token name or token used twice) */
  constructor(organisations: readonly Organisation[]) {
    const problems = consistencyProblems(organisations);
    if (problems.length > 0) throw new Error(`The organisations are not usable:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    this.organisations = organisations;
  }

  /** One organisation for every form: a server without an organisations file (tokens and retention from the environment). */
  static single(
    options: { name?: string | undefined; tokens?: readonly OperatorToken[]; retentionDays?: number | undefined } = {},
  ): OrganisationDirectory {
    return new OrganisationDirectory([
      { id: 'default', name: options.name, forms: 'all', tokens: options.tokens ?? [], retentionDays: options.retentionDays },
    ]);
  }

  /** The organisation that receives this form, if any. */
  forForm(formId: string): Organisation | undefined {
    return this.organisations.find((organisation) => organisation.forms === 'all' || organisation.forms.includes(formId));
  }

  /** Of these form ids, those no organisation receives. */
  unassigned(formIds: readonly string[]): string[] {
    return formIds.filter((formId) => !this.forForm(formId));
  }

  /**
   * The organisation and name of a presented token that is configured and not expired at `now`.
   * Every configured hash is compared (in constant time), so the time taken does not tell which.
   */
  authenticate(presented: string, now: Date): OperatorIdentity | undefined {
    const hash = tokenHash(presented);
    let found: OperatorIdentity | undefined;
    for (const organisation of this.organisations) {
      for (const token of organisation.tokens) {
        const live = token.expiresAt === undefined || Date.parse(token.expiresAt) > now.getTime();
        if (sameHash(hash, token.sha256) && live) found = { organisation, tokenName: token.name };
      }
    }
    return found;
  }
}

function consistencyProblems(organisations: readonly Organisation[]): string[] {
  const problems: string[] = [];
  const twice = <T>(values: T[]): T[] => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
  for (const id of twice(organisations.map((o) => o.id))) problems.push(`organisation id "${id}" is used twice`);
  for (const form of twice(organisations.flatMap((o) => (o.forms === 'all' ? [] : [...o.forms])))) {
    problems.push(`form "${form}" belongs to more than one organisation (each form belongs to one)`);
  }
  for (const organisation of organisations) {
    for (const name of twice(organisation.tokens.map((t) => t.name)))
      problems.push(`organisation "${organisation.id}" has two tokens named "${name}"`);
  }
  if (twice(organisations.flatMap((o) => o.tokens.map((t) => t.sha256))).length > 0) problems.push('one token hash is configured twice');
  return problems;
}

/**
 * Reads and validates an organisations file (docs/server.md, "Organisations"). A relative
 * `receiptSigningKeyFile` is resolved against the file's folder.
 *
 * @throws Error naming every problem by its place in the file (never echoing a value)
 */
export function readOrganisationsFile(file: string): OrganisationDirectory {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`The organisations file ${file} is not readable JSON: ${(error as Error).message}`);
  }
  const parsed = FileSchema.safeParse(json);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `- /${issue.path.join('/')}: ${issue.message}`);
    throw new Error(`The organisations file ${file} is not usable:\n${lines.join('\n')}`);
  }
  const folder = path.dirname(path.resolve(file));
  return new OrganisationDirectory(
    parsed.data.organisations.map((organisation) => ({
      ...organisation,
      receiptSigningKeyFile: organisation.receiptSigningKeyFile && path.resolve(folder, organisation.receiptSigningKeyFile),
    })),
  );
}
