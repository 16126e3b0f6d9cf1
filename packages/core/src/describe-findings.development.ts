/**
 * `@wmebv/core/describe-findings` under the `development` export condition: each line ends in the
 * English sentence of the finding (`findings` namespace), as `wmebv lint --locale en` words it.
 * Production builds get describe-findings.ts, without the sentences (docs/decisions.md, "Developer
 * messages only in development builds"). Both files export the same names with the same types.
 */
import type * as Production from './describe-findings.js';
import { findingPrefix } from './describe-findings.js';
import { loadMessages, provideMessages } from './i18n/catalog.js';
import { enFindings } from './i18n/en-findings.js';
import { getTranslator } from './i18n/translate.js';

/**
 * One line per finding, for developers: `/steps/0/fields/1/required  error  required-without-legal-basis  The field "Naam" (naam) is required, but …`.
 * Fetches the English messages first; if they cannot be fetched, the lines show message keys. Never rejects.
 */
export const describeFindings: typeof Production.describeFindings = async (findings) => {
  await loadMessages('en').catch(() => undefined);
  provideMessages('en', { findings: enFindings });
  const t = getTranslator('en');
  return findings.map((finding) => `${findingPrefix(finding)}  ${t(finding.messageKey, finding.params)}`);
};

export const FINDINGS_ADVICE: typeof Production.FINDINGS_ADVICE = 'Check definitions with `npx wmebv lint <definition.json>` before they are served.';

export { findingPrefix };
