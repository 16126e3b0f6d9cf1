import type { LocalizedString } from './localized.js';
import { isInputField } from './input-field.js';
import type { Condition, Field, FieldsetField, FormDefinition, InputField, Step } from './schema.js';

/** A field with where it sits: its step, the fieldsets around it and the JSON pointer to it. */
export interface PlacedField<F extends Field = Field> {
  field: F;
  step: Step;
  pointer: string;
  /** The fieldsets it is inside, outermost first; empty for a field directly in a step. */
  parents: FieldsetField[];
}

/**
 * Every field of the definition at any depth, in document order (the order of the form and the
 * review): fieldsets before what they contain, `content` paragraphs included. Iterative, so a
 * deeply nested definition cannot overflow the stack.
 */
export function allFields(definition: FormDefinition): PlacedField[] {
  if (walked?.definition === definition) return walked.placed.slice();
  return placeFields(definition);
}

/**
 * The fields of `definition` placed once for the length of `work` (the linter's rules, describing a
 * pass's errors): each `allFields` and `findField` on that definition inside it reuses the one walk
 * instead of building every pointer again (a 200-field form was walked 19 times per lint, and once
 * per error described). Scoped rather than cached on the object, so a definition changed in place
 * between two calls is walked afresh.
 */
export function withPlacedFields<T>(definition: FormDefinition, work: () => T): T {
  const outer = walked;
  const placed = placeFields(definition);
  const byId = new Map<string, Field>();
  for (const { field } of placed) if (!byId.has(field.id)) byId.set(field.id, field); // the first, as `find` gives
  walked = { definition, placed, byId };
  try {
    return work();
  } finally {
    walked = outer;
  }
}

/** The walk in scope, and what was derived from it on first use (the rules ask for the same lists). */
let walked:
  | {
      definition: FormDefinition;
      placed: readonly PlacedField[];
      byId: ReadonlyMap<string, Field>;
      inputs?: PlacedField<InputField>[];
      texts?: PlacedText[];
    }
  | undefined;

function placeFields(definition: FormDefinition): PlacedField[] {
  const placed: PlacedField[] = [];
  definition.steps.forEach((step, stepIndex) => {
    const stack: Array<{ fields: Field[]; pointer: string; parents: FieldsetField[]; index: number }> = [
      { fields: step.fields, pointer: `/steps/${stepIndex}/fields`, parents: [], index: 0 },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.index >= frame.fields.length) {
        stack.pop();
        continue;
      }
      const index = frame.index++;
      const field = frame.fields[index]!;
      const pointer = `${frame.pointer}/${index}`;
      placed.push({ field, step, pointer, parents: frame.parents });
      if (field.type === 'fieldset') {
        stack.push({ fields: field.fields, pointer: `${pointer}/fields`, parents: [...frame.parents, field], index: 0 });
      }
    }
  });
  return placed;
}

/** The fields that take an answer (no fieldsets, no `content`), at any depth, in document order. */
export function inputFields(definition: FormDefinition): PlacedField<InputField>[] {
  if (walked?.definition === definition) return (walked.inputs ??= pickInputFields(walked.placed)).slice();
  return pickInputFields(allFields(definition));
}

function pickInputFields(placed: readonly PlacedField[]): PlacedField<InputField>[] {
  return placed.filter((one): one is PlacedField<InputField> => isInputField(one.field));
}

/** The ids of the fields that take an answer in one step, at any depth. */
export function stepInputIds(step: Step): Set<string> {
  const ids = new Set<string>();
  const stack = [...step.fields];
  while (stack.length > 0) {
    const field = stack.pop()!;
    if (field.type === 'fieldset') stack.push(...field.fields);
    else if (field.type !== 'content') ids.add(field.id);
  }
  return ids;
}

/** The field with this id at any depth, or undefined. */
export function findField(definition: FormDefinition, id: string): Field | undefined {
  if (walked?.definition === definition) return walked.byId.get(id);
  return allFields(definition).find(({ field }) => field.id === id)?.field;
}

/** A field's label or, for `content`, its text: what names it to people. */
export function fieldLabel(field: Field): LocalizedString {
  return field.type === 'content' ? field.text : field.label;
}

/** A leaf of a condition (one field, one operator), with the pointer to it. */
export interface PlacedCondition {
  condition: Condition;
  pointer: string;
}

/** The leaves of a condition tree (those naming a field), in document order, with their pointers. */
export function conditionLeaves(condition: Condition, pointer: string): PlacedCondition[] {
  const leaves: PlacedCondition[] = [];
  const stack: PlacedCondition[] = [{ condition, pointer }];
  while (stack.length > 0) {
    const current = stack.shift()!;
    const group = current.condition.all ?? current.condition.any;
    const key = current.condition.all ? 'all' : 'any';
    if (group) group.forEach((child, index) => stack.push({ condition: child, pointer: `${current.pointer}/${key}/${index}` }));
    else leaves.push(current);
  }
  return leaves;
}

/** A user-facing string of the definition with its JSON pointer (for translation and markup checks). */
export interface PlacedText {
  value: LocalizedString;
  pointer: string;
}

/** Every user-facing string of the definition, with its pointer, in document order. */
export function localizedStrings(definition: FormDefinition): PlacedText[] {
  if (walked?.definition === definition) return (walked.texts ??= placeTexts(definition)).slice();
  return placeTexts(definition);
}

function placeTexts(definition: FormDefinition): PlacedText[] {
  const texts: PlacedText[] = [];
  const add = (value: LocalizedString | undefined, pointer: string): void => {
    if (value !== undefined) texts.push({ value, pointer });
  };
  const addErrorMessages = (messages: Readonly<Record<string, LocalizedString | undefined>> | undefined, pointer: string): void => {
    if (messages) for (const rule in messages) add(messages[rule], `${pointer}/errorMessages/${rule}`);
  };
  add(definition.title, '/title');
  add(definition.description, '/description');
  add(definition.organisation.designationDecision?.title, '/organisation/designationDecision/title');
  add(definition.organisation.support?.text, '/organisation/support/text');
  definition.steps.forEach((step, index) => {
    add(step.title, `/steps/${index}/title`);
    add(step.description, `/steps/${index}/description`);
  });
  for (const { field, pointer } of allFields(definition)) {
    if (field.type === 'content') {
      add(field.text, `${pointer}/text`);
      continue;
    }
    add(field.label, `${pointer}/label`);
    add(field.hint, `${pointer}/hint`);
    if (field.type === 'fieldset') continue;
    add(field.legalBasis?.explanation, `${pointer}/legalBasis/explanation`);
    if ('patternMessage' in field) add(field.patternMessage, `${pointer}/patternMessage`);
    addErrorMessages(field.errorMessages, pointer);
    if ('options' in field) field.options.forEach((option, index) => add(option.label, `${pointer}/options/${index}/label`));
  }
  (definition.declarations ?? []).forEach((declaration, index) => {
    add(declaration.label, `/declarations/${index}/label`);
    add(declaration.legalBasis?.explanation, `/declarations/${index}/legalBasis/explanation`);
    addErrorMessages(declaration.errorMessages, `/declarations/${index}`);
  });
  add(definition.afterSubmit, '/afterSubmit');
  return texts;
}
