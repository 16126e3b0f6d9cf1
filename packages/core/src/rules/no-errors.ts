import type { Condition, Field, FormDefinition, LegalBasis } from '../definition/schema.js';
import { ARTICLE_REFERENCE } from './legal-basis-article.js';
import { isWebAddress } from './legal-basis-incomplete.js';
import { canEqual } from './unreachable-field.js';

/**
 * True only when no rule of severity error can report anything on `definition`; false at the first
 * doubt, and the rules themselves then decide and report (`lintErrors`). One walk over the fields
 * with no pointers or lists built, where the rules walk nine times, each building its own: on a
 * first visit every function runs cold, and the form asks this of every definition it shows while
 * its rules find nothing (issue 16). Each test below is the negation of a rule's hit condition, or
 * wider (a fixed `minDate` with a fixed `maxDate` is left to the rule), never narrower: a property
 * test (`no-errors.node.test.ts`) holds it to the rules on known definitions and their mutations.
 *
 * Why one walk suffices for the references: with every id unique, a condition, a consent's
 * `addressField` or a fieldset can only point backwards, to a field already seen; so no reference
 * is unknown or later, and none can close a cycle (`condition-cycle`).
 */
export function surelyNoRuleErrors(definition: FormDefinition): boolean {
  const seen = new Map<string, Field | undefined>(); // every id; a field's own, steps' and declarations' undefined
  for (const step of definition.steps) {
    if (seen.has(step.id)) return false;
    seen.set(step.id, undefined);
  }
  let lastAddress: string | undefined; // a form repeats one legal basis on many questions
  const basisOk = (basis: LegalBasis | undefined, mandatory: boolean): boolean => {
    if (!basis) return !mandatory; // required-without-legal-basis
    const article = basis.article.trim();
    if (basis.law.trim() === '' || article === '') return false; // legal-basis-incomplete
    if (mandatory && !ARTICLE_REFERENCE.test(article)) return false; // legal-basis-article
    if (basis.url === lastAddress) return true;
    if (!isWebAddress(basis.url)) return false; // legal-basis-incomplete
    lastAddress = basis.url;
    return true;
  };
  // Document order, as the rules walk: fieldsets before what they hold.
  const stack: Array<{ fields: readonly Field[]; index: number }> = [];
  for (const step of definition.steps) {
    stack.push({ fields: step.fields, index: 0 });
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.index >= frame.fields.length) {
        stack.pop();
        continue;
      }
      const field = frame.fields[frame.index++]!;
      if (seen.has(field.id)) return false; // duplicate-id
      if (field.visibleWhen && !conditionHolds(field.visibleWhen, seen)) return false;
      if (field.type === 'fieldset') stack.push({ fields: field.fields, index: 0 });
      else if (field.type !== 'content' && !inputOk(field, seen, basisOk)) return false;
      seen.set(field.id, field);
    }
  }
  for (const declaration of definition.declarations ?? []) {
    if (seen.has(declaration.id) || !basisOk(declaration.legalBasis, declaration.required === true)) return false;
    seen.set(declaration.id, undefined);
  }
  const fromField = definition.deadline?.fromField;
  return fromField === undefined || seen.get(fromField)?.type === 'date'; // unknown-field-reference
}

type InputField = Exclude<Field, { type: 'fieldset' | 'content' }>;

/** The rules that look at one question alone, and a consent's address field. */
function inputOk(
  field: InputField,
  seen: ReadonlyMap<string, Field | undefined>,
  basisOk: (basis: LegalBasis | undefined, mandatory: boolean) => boolean,
): boolean {
  const required = field.required === true;
  // A bsn question needs a basis even when optional (bsn-without-legal-basis), and its article is checked.
  if (!basisOk(field.legalBasis, required || field.type === 'bsn')) return false;
  // invalid-constraint
  const bounds = field as { minLength?: number; maxLength?: number; pattern?: string };
  if (bounds.minLength !== undefined && bounds.maxLength !== undefined && bounds.minLength > bounds.maxLength) return false;
  if (bounds.pattern !== undefined) {
    try {
      new RegExp(bounds.pattern, 'u');
    } catch {
      return false;
    }
  }
  switch (field.type) {
    case 'number':
      return field.min === undefined || field.max === undefined || field.min <= field.max;
    case 'checkbox-group':
      return (
        field.minSelected === undefined ||
        (field.minSelected <= (field.maxSelected ?? field.minSelected) && field.minSelected <= field.options.length)
      );
    case 'date':
      return !field.minDate || !field.maxDate || field.minDate.startsWith('today') || field.maxDate.startsWith('today');
    case 'consent':
      // mandatory-consent; unknown-field-reference: an earlier e-mail question
      return !required && seen.get(field.addressField)?.type === 'email';
    default:
      return true;
  }
}

/**
 * Every field a condition names is an earlier question (unknown-field-reference, condition-cycle),
 * and every `equals` and `in` can hold for it (unreachable-field, which a part of `any` alone cannot
 * trip: wider, so a rule decides).
 */
function conditionHolds(condition: Condition, seen: ReadonlyMap<string, Field | undefined>): boolean {
  const group = condition.all ?? condition.any;
  if (group) return group.every((child) => conditionHolds(child, seen));
  if (condition.field === undefined) return true; // no reference (the parser judges the shape)
  const target = seen.get(condition.field);
  if (!target || target.type === 'fieldset' || target.type === 'content') return false;
  if (condition.equals !== undefined && !canEqual(target, condition.equals)) return false;
  return condition.in === undefined || condition.in.some((value) => canEqual(target, value));
}
