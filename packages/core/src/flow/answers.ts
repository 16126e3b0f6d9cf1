import type { FormDefinition } from '../definition/schema.js';
import { visibleFieldIds } from '../definition/visibility.js';
import type { Attachment, FieldValues } from '../submission/envelope.js';
import { validateValues, type ValuesResult } from '../validation/validate-values.js';

/**
 * The answers checked once: every error of every visible field (in form order) and the normalised
 * answers, the shape the review, the sender's copy and the envelope take. A form checks its answers
 * through this one function; the flow's moves take its result and pick the errors they need.
 *
 * @param attachments metadata of the chosen files (`sha256` may be empty before sending).
 * @param now the moment `today` in `minDate`/`maxDate` counts from; now when absent.
 */
export function checkAnswers(
  definition: FormDefinition,
  values: Readonly<Record<string, unknown>>,
  attachments: readonly Attachment[],
  now?: Date,
): ValuesResult {
  return validateValues(definition, values, attachments, now ? { now } : {});
}

/**
 * The answers of the fields a user sees for these answers: a field hidden by `visibleWhen` (or in a
 * hidden fieldset) leaves the answers with its field. Returns the same object when nothing is hidden.
 */
export function visibleAnswers(definition: FormDefinition, values: FieldValues): FieldValues {
  const visible = visibleFieldIds(definition, values);
  const ids = Object.keys(values);
  if (ids.every((id) => visible.has(id))) return values;
  return Object.fromEntries(Object.entries(values).filter(([id]) => visible.has(id)));
}

/** The answers a form shows and sends, and the answers of hidden fields it keeps in memory. */
export interface RememberedAnswers {
  /** Answers of visible fields only: what the review, the copy, the envelope and the session store take. */
  values: FieldValues;
  /** Answers of fields hidden by `visibleWhen`, kept while the page lives to come back when shown again. */
  hidden: FieldValues;
}

/**
 * Splits answers into those of visible fields and those of hidden ones, and brings a remembered
 * answer back when its field is shown again (issue 15 item 3; GOV.UK keeps the answers of a
 * conditional reveal): Nederland → buitenland → Nederland shows the typed address again. A
 * remembered answer counts as unanswered for every `visibleWhen` until its field is visible, so it
 * can only change what is shown once it is back. An answer given to a visible field wins over a
 * remembered one. Keep `hidden` in memory only (never in storage: AVG).
 *
 * @param values the answers after a change, hidden fields' answers possibly among them
 * @param hidden what was remembered before the change
 */
export function rememberHidden(definition: FormDefinition, values: FieldValues, hidden: FieldValues = {}): RememberedAnswers {
  let shown = visibleAnswers(definition, values);
  let kept: FieldValues = { ...hidden, ...withoutKeys(values, shown) };
  // Each round brings back what became visible; that may reveal (or hide) more. A definition's
  // conditions only name earlier fields, so this settles within one round per field.
  for (let round = 0; round <= Object.keys(kept).length; round += 1) {
    const visible = visibleFieldIds(definition, shown);
    const back = Object.keys(kept).filter((id) => visible.has(id) && !(id in shown));
    if (back.length === 0) break;
    const restored = { ...shown, ...Object.fromEntries(back.map((id) => [id, kept[id]!])) };
    shown = visibleAnswers(definition, restored);
    kept = { ...withoutKeys(kept, Object.fromEntries(back.map((id) => [id, true]))), ...withoutKeys(restored, shown) };
  }
  return { values: shown, hidden: withoutKeys(kept, shown) };
}

/** `from` without the keys of `keys`. */
function withoutKeys(from: FieldValues, keys: Readonly<Record<string, unknown>>): FieldValues {
  return Object.fromEntries(Object.entries(from).filter(([id]) => !(id in keys)));
}
