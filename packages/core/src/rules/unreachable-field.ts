import type { Condition, Field } from '../definition/schema.js';
import type { Rule, RuleHit } from './rule.js';
import { allFields } from '../definition/walk.js';

/**
 * A condition that can never hold hides its field for ever: `equals` or `in` with a value that is
 * not one of the named field's options, a text compared with a tick box, `true` compared with a
 * text answer. Within `all`, one impossible part is enough; within `any`, every part must be.
 */
export const unreachableField: Rule = {
  id: 'unreachable-field',
  severity: 'error',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.unreachableField',
  check(definition) {
    const placed = allFields(definition);
    const byId = new Map<string, Field>();
    for (const { field } of placed) if (!byId.has(field.id)) byId.set(field.id, field);
    const hits: RuleHit[] = [];
    for (const { field, pointer } of placed) {
      if (!field.visibleWhen) continue;
      hits.push(...impossible(field.visibleWhen, `${pointer}/visibleWhen`, byId, field.id));
    }
    return hits;
  },
};

/** The hits that make this condition impossible; empty when it can hold. */
function impossible(condition: Condition, pointer: string, byId: Map<string, Field>, id: string): RuleHit[] {
  if (condition.all) {
    return condition.all.flatMap((child, index) => impossible(child, `${pointer}/all/${index}`, byId, id));
  }
  if (condition.any) {
    const parts = condition.any.map((child, index) => impossible(child, `${pointer}/any/${index}`, byId, id));
    return parts.every((part) => part.length > 0) ? parts.flat() : [];
  }
  const target = condition.field === undefined ? undefined : byId.get(condition.field);
  if (!target) return []; // unknown-field-reference reports it
  const hit = (key: string, value: string | boolean): RuleHit[] => [
    { pointer: `${pointer}/${key}`, params: { id, reference: target.id, value: String(value) } },
  ];
  if (condition.equals !== undefined && !canEqual(target, condition.equals)) return hit('equals', condition.equals);
  if (condition.in !== undefined && !condition.in.some((value) => canEqual(target, value))) return hit('in', condition.in.join(', '));
  return [];
}

/** Whether an answer to `target` can ever match `value`. */
export function canEqual(target: Field, value: string | boolean): boolean {
  switch (target.type) {
    case 'fieldset':
    case 'content':
      return true; // not an answer at all: unknown-field-reference reports it
    case 'checkbox':
    case 'consent':
      return typeof value === 'boolean';
    case 'radio':
    case 'select':
    case 'checkbox-group':
      return typeof value === 'string' && target.options.some((option) => option.value === value);
    default:
      return value !== true;
  }
}
