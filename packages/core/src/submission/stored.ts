/**
 * What a form kept in `sessionStorage`, read back without zod (D8 in docs/decisions.md): stored text
 * is checked on the way back in with code generated from the zod schemas (`SavedProgressSchema`,
 * `SavedReceiptSchema`), so a stale or tampered entry is ignored instead of breaking the form, as
 * `parseStored` decides with zod.
 */
import type { SavedProgress } from './progress.js';
import { checkSavedProgress } from './progress-check.generated.js';

/** A generated check (`*.generated.ts`): zod's output, or where it refused. */
export type GeneratedCheck = (value: unknown) => { ok: true; value: unknown } | { ok: false; pointer: string };

/** Stored JSON text checked with `check`; undefined for no text, bad JSON or the wrong shape. Never throws. */
export function readStored<T>(check: GeneratedCheck, text: string | null | undefined): T | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const checked = check(value);
  return checked.ok ? (checked.value as T) : undefined;
}

/** Saved progress from its stored text (`parseStored(SavedProgressSchema, text)` without zod). */
export const readSavedProgress = (text: string | null | undefined): SavedProgress | undefined => readStored<SavedProgress>(checkSavedProgress, text);
