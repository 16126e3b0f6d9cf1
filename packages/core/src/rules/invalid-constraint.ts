import { inputFields } from '../definition/walk.js';
import { resolveDateBound } from '../definition/fields/date.js';
import type { Rule, RuleHit } from './rule.js';

/**
 * Constraints that no answer can meet, or that cannot be checked: a `pattern` that is not a valid
 * regular expression, a minimum above its maximum (`minLength`/`maxLength`, `min`/`max`,
 * `minSelected`/`maxSelected`, fixed `minDate`/`maxDate`), or more ticks asked for than there are
 * options. Such a field could never be answered.
 */
export const invalidConstraint: Rule = {
  id: 'invalid-constraint',
  severity: 'error',
  article: 'docs/design.md, definition contract',
  messageKey: 'findings.invalidConstraint',
  check(definition) {
    const hits: RuleHit[] = [];
    for (const { field, pointer } of inputFields(definition)) {
      const hit = (property: string, detail: string): void => {
        hits.push({ pointer: `${pointer}/${property}`, params: { id: field.id, property, detail } });
      };
      if ('pattern' in field && field.pattern !== undefined) {
        try {
          new RegExp(field.pattern, 'u');
        } catch (error) {
          hit('pattern', error instanceof Error ? error.message : String(error));
        }
      }
      if ('minLength' in field && field.minLength !== undefined && field.maxLength !== undefined && field.minLength > field.maxLength) {
        hit('minLength', `${field.minLength} > ${field.maxLength}`);
      }
      if (field.type === 'number' && field.min !== undefined && field.max !== undefined && field.min > field.max) {
        hit('min', `${field.min} > ${field.max}`);
      }
      if (field.type === 'checkbox-group') {
        if (field.minSelected !== undefined && field.maxSelected !== undefined && field.minSelected > field.maxSelected) {
          hit('minSelected', `${field.minSelected} > ${field.maxSelected}`);
        } else if (field.minSelected !== undefined && field.minSelected > field.options.length) {
          hit('minSelected', `${field.minSelected} > ${field.options.length}`);
        }
      }
      if (field.type === 'date' && field.minDate && field.maxDate && !field.minDate.startsWith('today') && !field.maxDate.startsWith('today')) {
        const min = resolveDateBound(field.minDate);
        const max = resolveDateBound(field.maxDate);
        if (min !== undefined && max !== undefined && min > max) hit('minDate', `${min} > ${max}`);
      }
    }
    return hits;
  },
};
