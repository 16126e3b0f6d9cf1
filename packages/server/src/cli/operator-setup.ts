/**
 * What the operator commands that read submissions (`submissions`, `proof-bundle`) share: their
 * configuration options, which organisation they act for, and the store with the operator service
 * over it, set up the way the server sets them up.
 */
import path from 'node:path';
import { OperatorService } from '../admin/operator-service.js';
import { defaultDataDir } from '../config/data-dir.js';
import { fileStorageFromSettings } from '../config/file-storage.js';
import { readSettings } from '../config/read-config.js';
import type { Settings } from '../config/variables.js';
import { silentLogger } from '../log/logger.js';
import { organisationsFromSettings } from '../organisations/from-settings.js';
import type { Organisation } from '../organisations/organisations.js';
import { OutageSource } from '../outage/outage-source.js';
import { openStore } from '../store/open-store.js';
import type { SubmissionStore } from '../store/submission-store.js';

/** The `parseArgs` options every operator command takes, besides its own. */
export const OPERATOR_OPTIONS = {
  data: { type: 'string' },
  organisations: { type: 'string' },
  organisation: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The server's settings (environment, `--data`, `--organisations`), the organisation acted for, and the data folder. */
export function operatorSettings(values: { data?: string; organisations?: string; organisation?: string }): {
  settings: Settings;
  organisation: Organisation;
  dataDir: string;
} {
  const settings = readSettings(process.env, { data: values.data, organisations: values.organisations });
  const organisation = chooseOrganisation(organisationsFromSettings(settings).organisations, values.organisation);
  return { settings, organisation, dataDir: settings.dataDir ? path.resolve(settings.dataDir) : defaultDataDir() };
}

/**
 * Opens the configured store (DATABASE_URL or the SQLite file in the data folder) and the operator
 * service over it and the file storage. With `outages`, records judge timeliness against the
 * configured outage notices; without, against none. The caller closes the store.
 */
export async function openOperatorService(
  settings: Settings,
  dataDir: string,
  { outages = false } = {},
): Promise<{ store: SubmissionStore; service: OperatorService }> {
  const store = await openStore({ dataDir, databaseUrl: settings.databaseUrl });
  const notices = outages && settings.outages ? new OutageSource(path.resolve(settings.outages), silentLogger) : undefined;
  const service = new OperatorService(
    store,
    fileStorageFromSettings(settings, dataDir),
    async () => (notices ? notices.current() : []),
    () => new Date(),
  );
  return { store, service };
}

/** The organisation `id` names, or the only one configured; throws a sentence saying what to choose. */
export function chooseOrganisation(organisations: readonly Organisation[], id: string | undefined): Organisation {
  if (id === undefined) {
    if (organisations.length === 1) return organisations[0]!;
    throw new Error(`Several organisations are configured: choose one with --organisation (${organisations.map((o) => o.id).join(', ')}).`);
  }
  const found = organisations.find((organisation) => organisation.id === id);
  if (!found) throw new Error(`No organisation "${id}" is configured (${organisations.map((o) => o.id).join(', ')}).`);
  return found;
}
