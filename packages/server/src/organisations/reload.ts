import { unwatchFile, watchFile } from 'node:fs';
import type { IntakeLogger } from '../log/logger.js';
import { readOrganisationsFile, type OrganisationDirectory } from './organisations.js';

/** How often (ms) the organisations file's modification time is looked at. */
export const ORGANISATIONS_POLL_MS = 2000;

/**
 * Takes the operator tokens from a newly read organisations file into the running directory, so
 * that a token added works and a token removed (or given an `expiresAt`) is refused without a
 * restart. Only tokens change: forms, names, keys and retention are read at start (they decide
 * receipts and the proof log), so a change there is reported as needing a restart. An organisation
 * no longer in the file loses its tokens at once.
 *
 * @returns what to log: the tokens now configured per organisation (names only), and any change that waits for a restart
 */
export function takeOverTokens(current: OrganisationDirectory, next: OrganisationDirectory): string[] {
  const lines: string[] = [];
  for (const organisation of current.organisations) {
    const fresh = next.organisations.find((candidate) => candidate.id === organisation.id);
    if (!fresh) {
      organisation.tokens = [];
      lines.push(`organisation "${organisation.id}" is no longer in the file: its tokens are refused; restart to remove it`);
      continue;
    }
    organisation.tokens = fresh.tokens;
    const { name, forms, receiptSigningKeyFile, retentionDays } = fresh;
    const before = JSON.stringify([organisation.name, organisation.forms, organisation.receiptSigningKeyFile, organisation.retentionDays]);
    if (JSON.stringify([name, forms, receiptSigningKeyFile, retentionDays]) !== before) {
      lines.push(`organisation "${organisation.id}": its name, forms, key or retention changed; that takes effect after a restart`);
    }
    lines.push(`organisation "${organisation.id}" tokens: ${organisation.tokens.map((token) => token.name).join(', ') || '(none)'}`);
  }
  for (const fresh of next.organisations) {
    if (!current.organisations.some((organisation) => organisation.id === fresh.id)) {
      lines.push(`organisation "${fresh.id}" is new: it takes effect after a restart`);
    }
  }
  return lines;
}

/**
 * Re-reads the organisations file when it changes (its modification time, polled every
 * `ORGANISATIONS_POLL_MS`, which also sees editors that save by renaming) and on SIGHUP, and takes
 * its tokens over (`takeOverTokens`). A file that no longer reads or validates is reported and the
 * tokens in force stay.
 *
 * @returns `stop()`, which ends the polling and the SIGHUP handler
 */
export function watchOrganisationTokens(file: string, directory: OrganisationDirectory, logger: IntakeLogger): { stop(): void } {
  const reload = (why: string): void => {
    try {
      const lines = takeOverTokens(directory, readOrganisationsFile(file));
      logger.warn(`Organisations file re-read (${why}): ${lines.join('; ')}.`);
    } catch (error) {
      logger.warn(`Organisations file re-read (${why}) failed; the tokens in force stay: ${(error as Error).message}`);
    }
  };
  const onChange = (now: { mtimeMs: number }, before: { mtimeMs: number }): void => {
    if (now.mtimeMs !== before.mtimeMs) reload('changed');
  };
  const onHangUp = (): void => reload('SIGHUP');
  watchFile(file, { interval: ORGANISATIONS_POLL_MS, persistent: false }, onChange);
  process.on('SIGHUP', onHangUp);
  return {
    stop: () => {
      unwatchFile(file, onChange);
      process.off('SIGHUP', onHangUp);
    },
  };
}
