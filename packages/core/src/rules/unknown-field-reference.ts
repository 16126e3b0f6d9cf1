import { allFields } from '../definition/walk.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * A condition (`visibleWhen`) or the deadline's `fromField` must name a field that exists and, for a
 * condition, comes earlier in the form: a user answers top to bottom, so a question cannot depend on
 * one they have not seen yet.
 */
export const unknownFieldReference: Rule = {
  id: 'unknown-field-reference',
  severity: 'error',
  article: 'DESIGN.md, definition contract',
  messageKey: 'findings.unknownFieldReference',
  check(definition) {
    const placed = allFields(definition);
    const hits: RuleHit[] = [];
    placed.forEach(({ field, pointer }, index) => {
      const target = field.visibleWhen?.field;
      if (target === undefined) return;
      if (!placed.slice(0, index).some((earlier) => earlier.field.id === target)) {
        hits.push({ pointer: `${pointer}/visibleWhen/field`, params: { id: field.id, reference: target } });
      }
    });
    const fromField = definition.deadline?.fromField;
    if (fromField !== undefined && !placed.some(({ field }) => field.id === fromField && field.type === 'date')) {
      hits.push({ pointer: '/deadline/fromField', params: { id: 'deadline', reference: fromField } });
    }
    return hits;
  },
};
