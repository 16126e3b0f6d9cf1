import { VARIABLES, type Settings } from './variables.js';

/** A configuration that cannot be used; `problems` names each variable and what is wrong with it. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The server configuration is not usable:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads every setting from command-line flags (which win) and the environment, validated all at
 * once so that one start names every problem.
 *
 * @param env - usually `process.env`
 * @param flags - parsed command-line flags by flag name (`port`, `data`, …)
 * @throws ConfigError listing each unusable value with its variable and flag name
 */
export function readSettings(env: NodeJS.ProcessEnv, flags: Record<string, string | undefined> = {}): Settings {
  const settings: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [key, variable] of Object.entries(VARIABLES)) {
    const fromFlag = variable.flag ? flags[variable.flag] : undefined;
    const raw = fromFlag ?? (env[variable.env] === '' ? undefined : env[variable.env]);
    const result = variable.schema.safeParse(raw);
    if (result.success) {
      settings[key] = result.data;
    } else {
      const source = fromFlag !== undefined ? `--${variable.flag}` : variable.env;
      const problem = [...new Set(result.error.issues.map((issue) => issue.message))].join('; ');
      problems.push(`${source} ${describeValue(raw, variable.secret)} ${problem}. (${variable.description})`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return settings as Settings;
}

/**
 * The value as an error may show it: quoted, at most 60 characters, control characters escaped;
 * never a secret's (an SMTP or database URL may hold a password).
 */
function describeValue(raw: string | undefined, secret = false): string {
  if (secret) return '(value not shown: it may hold a password)';
  const quoted = JSON.stringify(raw ?? '');
  return quoted.length > 62 ? `${quoted.slice(0, 60)}…"` : quoted;
}
