import path from 'node:path';
import { ConfigError } from '../config/read-config.js';
import type { Settings } from '../config/variables.js';
import { OrganisationDirectory, readOrganisationsFile } from './organisations.js';

/**
 * The organisations from the settings: the organisations file, or else one organisation for every
 * form with the tokens and retention from the environment.
 *
 * @throws ConfigError when both are given (one source of truth), or the file is not usable
 */
export function organisationsFromSettings(settings: Pick<Settings, 'organisationsFile' | 'adminTokens' | 'retentionDays'>): OrganisationDirectory {
  if (!settings.organisationsFile) {
    const tokens = settings.adminTokens.map((entry) => {
      const [name, sha256] = entry.split(':') as [string, string];
      return { name, sha256 };
    });
    return OrganisationDirectory.single({ tokens, retentionDays: settings.retentionDays });
  }
  if (settings.adminTokens.length > 0 || settings.retentionDays !== undefined) {
    throw new ConfigError([
      'WMEBV_ADMIN_TOKENS and WMEBV_RETENTION_DAYS: set tokens and retention in the organisations file (WMEBV_ORGANISATIONS_FILE) when there is one',
    ]);
  }
  try {
    return readOrganisationsFile(path.resolve(settings.organisationsFile));
  } catch (error) {
    throw new ConfigError([`WMEBV_ORGANISATIONS_FILE: ${(error as Error).message}`]);
  }
}
