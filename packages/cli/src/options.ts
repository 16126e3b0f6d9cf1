/** The parsed command line of a subcommand: `--name value` / `--name=value` options and the rest. */
export interface ParsedOptions {
  values: Record<string, string>;
  positional: string[];
  help: boolean;
}

/**
 * Parses options that each take one value. Returns a sentence naming the problem for an unknown
 * option or a missing value, so the command can print it with its usage.
 */
export function parseOptions(argv: readonly string[], known: readonly string[]): ParsedOptions | string {
  const result: ParsedOptions = { values: {}, positional: [], help: false };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift()!;
    if (arg === '--help' || arg === '-h') {
      result.help = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      result.positional.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    if (!known.includes(name)) return `Unknown option "--${name}".`;
    const value = equals === -1 ? args.shift() : arg.slice(equals + 1);
    if (value === undefined || value === '') return `The option --${name} needs a value.`;
    result.values[name] = value;
  }
  return result;
}
