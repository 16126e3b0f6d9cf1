/**
 * An outage notices document checked without zod (D8 in docs/decisions.md): what the banner fetches
 * or keeps in `sessionStorage`, decided as `parseOutageNotices` decides (code generated from
 * `OutageNoticesSchema`). Where the document is wrong is given by pointer; `wmebv outage check`
 * says why, in words.
 */
import type { OutageNotices } from './notice.js';
import { readJsonInput } from '../json/json-input.js';
import { legacyExtensions, type OutageProblem } from './notice-rules.js';
import { checkOutageNoticesDocument } from './notices-check.generated.js';

/** What a browser says where a document is wrong: the CLI gives the reasons. */
export const OUTAGE_CHECK_ADVICE = 'not as docs/outages.md describes; run `npx wmebv outage check <file>` for the reason';

/** Checks an outage notices document (parsed JSON or JSON text), as `parseOutageNotices` does, with pointers and no zod. */
export function checkOutageNotices(input: unknown): { ok: true; document: OutageNotices } | { ok: false; problems: OutageProblem[] } {
  const read = readJsonInput(input);
  if (!read.ok) return { ok: false, problems: [{ pointer: '', message: `Not valid JSON: ${read.detail}` }] };
  const { value } = read;
  const checked = checkOutageNoticesDocument(value);
  if (checked.ok) return { ok: true, document: checked.value as OutageNotices };
  return { ok: false, problems: [...legacyExtensions(value), { pointer: checked.pointer, message: OUTAGE_CHECK_ADVICE }] };
}
