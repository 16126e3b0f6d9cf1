import os from 'node:os';
import path from 'node:path';

/** The folder name under the user's state directory. */
export const STATE_FOLDER = 'wmebv-forms';

/**
 * The default data folder (database, attachments, development signing key, outbox): outside any
 * folder a web server serves, so that nothing in it can ever be fetched over HTTP (issue 12 item 1).
 *
 * `WMEBV_DATA_DIR` when set; else `$XDG_STATE_HOME/wmebv-forms` (XDG Base Directory Specification:
 * "state data that should persist between restarts"); else `~/.local/state/wmebv-forms`.
 *
 * @param env - the environment to read (defaults to `process.env`)
 * @returns an absolute path; the folder is not created here
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env['WMEBV_DATA_DIR'];
  if (configured) return path.resolve(configured);
  const stateHome = env['XDG_STATE_HOME'];
  // The XDG spec: a relative XDG_STATE_HOME is invalid and must be ignored.
  const base = stateHome && path.isAbsolute(stateHome) ? stateHome : path.join(os.homedir(), '.local', 'state');
  return path.join(base, STATE_FOLDER);
}

/**
 * Refuses a data folder inside (or equal to) a folder a web server serves: its key and database
 * would be one GET away.
 *
 * @param dataDir - the data folder
 * @param servedRoot - the folder the web server serves (e.g. Vite's `root`)
 * @throws Error naming both folders
 */
export function assertOutsideServedRoot(dataDir: string, servedRoot: string): void {
  const relative = path.relative(path.resolve(servedRoot), path.resolve(dataDir));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new Error(
      `The data folder ${dataDir} is inside the served folder ${servedRoot}: its signing key and database would be reachable over HTTP. ` +
        `Set WMEBV_DATA_DIR to a folder outside it (the default is ${defaultDataDir({ ...process.env, WMEBV_DATA_DIR: '' })}).`,
    );
  }
}
