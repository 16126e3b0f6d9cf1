import type { Field, FormDefinition, Step } from './schema.js';

/** A field with where it sits: its step and the JSON pointer to it in the definition. */
export interface PlacedField {
  field: Field;
  step: Step;
  pointer: string;
}

/** Every field of the definition in document order (the order of the form and the review). */
export function allFields(definition: FormDefinition): PlacedField[] {
  return definition.steps.flatMap((step, stepIndex) =>
    step.fields.map((field, fieldIndex) => ({ field, step, pointer: `/steps/${stepIndex}/fields/${fieldIndex}` })),
  );
}

/** The field with this id, or undefined. */
export function findField(definition: FormDefinition, id: string): Field | undefined {
  for (const step of definition.steps) {
    const field = step.fields.find((candidate) => candidate.id === id);
    if (field) return field;
  }
  return undefined;
}
