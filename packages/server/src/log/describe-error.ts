/**
 * An unexpected error as a log line without personal data: its name, code and stack frames, but not
 * its message, which may quote request content (a JSON parser's message quotes the input).
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error value thrown (${typeof error})`;
  const code = (error as { code?: unknown }).code;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}${frames ? `\n${frames}` : ''}`;
}
