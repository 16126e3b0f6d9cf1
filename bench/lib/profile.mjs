// Shared by the profiling scripts (profile-parse.mjs, profile-render.mjs): their command line and
// reading a CDP CPU profile.
import path from 'node:path';

/** `--name value` pairs of the command line as an object (`--fields 200` → `{ fields: '200' }`). */
export function profileArgs(argv = process.argv.slice(2)) {
  return Object.fromEntries(
    argv
      .join(' ')
      .split('--')
      .filter(Boolean)
      .map((a) => a.trim().split(/\s+/)),
  );
}

/** Milliseconds sampled with each node of a CDP `Profiler.stop` profile on top of the stack. */
export function selfTimes(profile) {
  const ms = new Map();
  profile.samples.forEach((id, k) => ms.set(id, (ms.get(id) ?? 0) + (profile.timeDeltas[k + 1] ?? 0) / 1000));
  return ms;
}

/** A profile node's function as one table key: `name file:line`. */
export function frameKey({ callFrame: { functionName, url, lineNumber } }) {
  return `${functionName || '(anonymous)'} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
}
