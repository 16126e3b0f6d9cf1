import type { Condition, FormDefinition } from './schema.js';
import { allFields } from './walk.js';
import type { FieldValue } from '../answers/value.js';
import { isEmpty } from '../answers/empty.js';

/**
 * The ids of the fields (fieldsets and `content` included) a user sees for these answers.
 *
 * - A field inside a fieldset is visible only while the fieldset is.
 * - A condition looks at the answers of visible fields only: a hidden field counts as unanswered,
 *   so hiding one field hides the chain that depends on it.
 * - Conditions may only name earlier fields (rule `unknown-field-reference`); one naming a field
 *   that does not exist or comes later hides its field. Evaluating in document order makes this one
 *   pass, with no recursion and no way to loop on a cycle.
 */
export function visibleFieldIds(definition: FormDefinition, values: Readonly<Record<string, unknown>>): Set<string> {
  const visible = new Set<string>();
  const seen = new Set<string>();
  const visibleFieldsets = new Set<string>();
  for (const { field, parents } of allFields(definition)) {
    const answerOf = (id: string): FieldValue | undefined => (seen.has(id) && visible.has(id) ? (values[id] as FieldValue | undefined) : undefined);
    const shown =
      parents.every((parent) => visibleFieldsets.has(parent.id)) &&
      (field.visibleWhen === undefined || conditionHolds(field.visibleWhen, answerOf, seen));
    seen.add(field.id);
    if (!shown) continue;
    visible.add(field.id);
    if (field.type === 'fieldset') visibleFieldsets.add(field.id);
  }
  return visible;
}

/**
 * Whether a condition holds for these answers. `equals` on a list answer (checkbox group) holds when
 * the value is among those ticked; `equals: false` holds for an unticked checkbox; `filled` uses the
 * one "empty" rule of `isEmpty`.
 */
export function conditionHolds(
  condition: Condition,
  answerOf: (id: string) => FieldValue | undefined,
  known: ReadonlySet<string> = new Set(),
): boolean {
  if (condition.all) return condition.all.every((child) => conditionHolds(child, answerOf, known));
  if (condition.any) return condition.any.some((child) => conditionHolds(child, answerOf, known));
  const id = condition.field;
  if (id === undefined || !known.has(id)) return false;
  const value = answerOf(id);
  if (condition.equals !== undefined) return matches(value, condition.equals);
  if (condition.notEquals !== undefined) return !matches(value, condition.notEquals);
  if (condition.in !== undefined) return condition.in.some((candidate) => matches(value, candidate));
  if (condition.filled !== undefined) return !isEmpty(value) === condition.filled;
  return false;
}

function matches(value: FieldValue | undefined, expected: string | boolean): boolean {
  if (typeof expected === 'boolean') return (value === true) === expected;
  if (Array.isArray(value)) return value.includes(expected);
  return value === expected;
}
