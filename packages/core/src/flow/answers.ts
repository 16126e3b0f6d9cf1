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
