import { allFields } from '../definition/walk.js';
import type { Rule } from './rule.js';

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
    const placed = [
      ...definition.steps.map((step, index) => ({ id: step.id, pointer: `/steps/${index}/id` })),
      ...allFields(definition).map(({ field, pointer }) => ({ id: field.id, pointer: `${pointer}/id` })),
      ...(definition.declarations ?? []).map((declaration, index) => ({ id: declaration.id, pointer: `/declarations/${index}/id` })),
    ];
    const seen = new Set<string>();
    return placed.flatMap(({ id, pointer }) => {
      if (!seen.has(id)) {
        seen.add(id);
        return [];
      }
      return [{ pointer, params: { id } }];
    });
  },
};
