/**
 * The definition's parse without zod, for browsers (docs/decisions.md, D4): a definition the
 * generated validator shows valid, with well-formed conditions, is what `parseDefinition` gives it
 * (no findings: a warning such as `unknown-property` comes only from what the validator leaves to
 * zod). Anything else is left to `parseDefinition`, which decides and reports; so the form's first
 * load needs neither zod nor the schemas (`definition-loader.ts` in components).
 */
import { isWellFormedCondition, type Condition } from './condition.js';
import type { Finding } from './finding.js';
import type { Field, FormDefinition } from './schema.js';
import { UNSURE, validateDefinition } from './validate.generated.js';
import { allFields } from './walk.js';

/**
 * The definition, when `parseDefinition(input)` would give it with no findings and this can show it
 * without zod; otherwise undefined (then ask `parseDefinition`).
 *
 * @param input - the definition as JSON text or as an already parsed value
 */
export function parseValidDefinition(input: unknown): FormDefinition | undefined {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch {
      return undefined;
    }
  }
  const definition = validateDefinition(value);
  if (definition === UNSURE) return undefined;
  return conditionShapeProblems(definition as FormDefinition).length === 0 ? (definition as FormDefinition) : undefined;
}

/** Conditions with no operator, two operators, or `field` where it does not belong (or missing). */
export function conditionShapeProblems(definition: FormDefinition): Finding[] {
  if (conditionsWellFormed(definition)) return [];
  const problems: Finding[] = [];
  for (const { field, pointer } of allFields(definition)) {
    const stack: Array<{ condition: Condition; pointer: string }> = field.visibleWhen
      ? [{ condition: field.visibleWhen, pointer: `${pointer}/visibleWhen` }]
      : [];
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (!isWellFormedCondition(current.condition)) {
        problems.push({ ruleId: 'schema', severity: 'error', pointer: current.pointer, messageKey: 'findings.conditionShape', params: {} });
      }
      current.condition.all?.forEach((child, index) => stack.push({ condition: child, pointer: `${current.pointer}/all/${index}` }));
      current.condition.any?.forEach((child, index) => stack.push({ condition: child, pointer: `${current.pointer}/any/${index}` }));
    }
  }
  return problems;
}

/**
 * Whether every condition is well formed (the usual case), found without placing each field with its
 * pointer: only a definition with a problem is walked again for the pointers.
 */
function conditionsWellFormed(definition: FormDefinition): boolean {
  const lists: Array<readonly Field[]> = definition.steps.map((step) => step.fields);
  const conditions: Condition[] = [];
  while (lists.length > 0) {
    for (const field of lists.pop()!) {
      if (field.visibleWhen) conditions.push(field.visibleWhen);
      if (field.type === 'fieldset') lists.push(field.fields);
    }
  }
  while (conditions.length > 0) {
    const condition = conditions.pop()!;
    if (!isWellFormedCondition(condition)) return false;
    if (condition.all) conditions.push(...condition.all);
    if (condition.any) conditions.push(...condition.any);
  }
  return true;
}
