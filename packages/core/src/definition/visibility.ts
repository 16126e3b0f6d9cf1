import type { Condition, FormDefinition } from './schema.js';
import { allFields } from './walk.js';
import type { FieldValues } from '../submission/envelope.js';

/**
 * The ids of the fields a user sees for these answers. A field with `visibleWhen` is visible only
 * while the field it names is itself visible and holds the value; so hiding one field hides the
 * chain that depends on it. A condition naming an unknown field, or taking part in a cycle, hides
 * the field (the linter reports both).
 */
export function visibleFieldIds(definition: FormDefinition, values: FieldValues): Set<string> {
  const conditions = new Map<string, Condition | undefined>(
    allFields(definition).map(({ field }) => [field.id, field.visibleWhen]),
  );
  const memo = new Map<string, boolean>();
  const visiting = new Set<string>();

  const isVisible = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    if (!conditions.has(id) || visiting.has(id)) return false;
    const condition = conditions.get(id);
    visiting.add(id);
    const visible = condition === undefined || (isVisible(condition.field) && holds(condition, values));
    visiting.delete(id);
    memo.set(id, visible);
    return visible;
  };

  return new Set([...conditions.keys()].filter(isVisible));
}

function holds(condition: Condition, values: FieldValues): boolean {
  return values[condition.field] === condition.equals;
}
