import { allFields } from '../definition/walk.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * Answers are keyed by id (in the envelope, the review, the receipt), so every field, step and
 * declaration id must be unique in the definition. Reported at each repeat, not at the first use.
 */
export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.duplicateId',
  check(definition) {
    // In document order: steps, then every field, then the declarations; a pointer only for a repeat.
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    const repeated = (id: string): boolean => seen.has(id) || (seen.add(id), false);
    definition.steps.forEach(({ id }, index) => {
      if (repeated(id)) hits.push({ pointer: `/steps/${index}/id`, params: { id } });
    });
    for (const { field, pointer } of allFields(definition)) if (repeated(field.id)) hits.push({ pointer: `${pointer}/id`, params: { id: field.id } });
    (definition.declarations ?? []).forEach(({ id }, index) => {
      if (repeated(id)) hits.push({ pointer: `/declarations/${index}/id`, params: { id } });
    });
    return hits;
  },
};
