/**
 * A question's condition (`visibleWhen`) as plain data, and its shape rule: zod-free, so the form's
 * run time (visibility, the definition check) needs no schema. Its zod schema is `ConditionSchema`
 * in `parts.ts`.
 */

/** The operators of a condition; exactly one per condition object. */
export const CONDITION_OPERATORS = ['equals', 'notEquals', 'in', 'filled', 'all', 'any'] as const;

/**
 * When a field is shown (`visibleWhen`). One operator per object:
 * `{ field, equals }`, `{ field, notEquals }`, `{ field, in: [...] }`, `{ field, filled: true|false }`,
 * or `{ all: [conditions] }` / `{ any: [conditions] }`. Hidden fields are never validated or sent.
 */
export interface Condition {
  field?: string;
  equals?: string | boolean;
  notEquals?: string | boolean;
  in?: string[];
  filled?: boolean;
  all?: Condition[];
  any?: Condition[];
}

/** Whether a condition object has the right shape; see `ConditionSchema`. */
export function isWellFormedCondition(condition: Condition): boolean {
  const operators = CONDITION_OPERATORS.filter((operator) => condition[operator] !== undefined);
  if (operators.length !== 1) return false;
  return (operators[0] === 'all' || operators[0] === 'any') === (condition.field === undefined);
}
