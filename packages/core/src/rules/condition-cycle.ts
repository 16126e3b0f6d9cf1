import { conditionReferences } from './graph.js';
import type { Rule } from './rule.js';

/**
 * Conditions must not go round in a circle: a field shown only when another is answered, which is
 * shown only when the first is (directly, through more fields, or through the fieldset around it).
 * Such a field can never be shown. Reported at each reference that closes the circle.
 */
export const conditionCycle: Rule = {
  id: 'condition-cycle',
  severity: 'error',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.conditionCycle',
  check(definition) {
    return conditionReferences(definition)
      .filter((reference) => reference.inCycle)
      .map((reference) => ({
        pointer: `${reference.leaf.pointer}/field`,
        params: { id: reference.from.field.id, reference: reference.leaf.condition.field ?? '' },
      }));
  },
};
