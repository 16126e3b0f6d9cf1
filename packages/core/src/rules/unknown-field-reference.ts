import { isInputField } from '../definition/input-field.js';
import { allFields } from '../definition/walk.js';
import { conditionReferences } from './graph.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * A condition (`visibleWhen`), a consent's `addressField` and the deadline's `fromField` must name a
 * field that exists, takes an answer and, for the first two, comes earlier in the form: people answer
 * top to bottom, so a question cannot depend on one they have not seen yet. (A reference that closes
 * a loop is reported as `condition-cycle` instead.)
 */
export const unknownFieldReference: Rule = {
  id: 'unknown-field-reference',
  severity: 'error',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.unknownFieldReference',
  check(definition) {
    const hits: RuleHit[] = [];
    for (const reference of conditionReferences(definition)) {
      if (reference.inCycle || reference.leaf.condition.field === undefined) continue;
      const target = reference.target;
      if (!target || !isInputField(target.field) || reference.targetIndex! >= reference.fromIndex) {
        hits.push({
          pointer: `${reference.leaf.pointer}/field`,
          params: { id: reference.from.field.id, reference: reference.leaf.condition.field },
        });
      }
    }
    const placed = allFields(definition);
    placed.forEach(({ field, pointer }, index) => {
      if (field.type !== 'consent') return;
      const earlier = placed.slice(0, index).some((candidate) => candidate.field.id === field.addressField && candidate.field.type === 'email');
      if (!earlier) hits.push({ pointer: `${pointer}/addressField`, params: { id: field.id, reference: field.addressField } });
    });
    const fromField = definition.deadline?.fromField;
    if (fromField !== undefined && !placed.some(({ field }) => field.id === fromField && field.type === 'date')) {
      hits.push({ pointer: '/deadline/fromField', params: { id: 'deadline', reference: fromField } });
    }
    return hits;
  },
};
