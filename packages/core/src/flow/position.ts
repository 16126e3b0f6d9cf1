import type { FormDefinition } from '../definition/schema.js';
import { stepInputIds } from '../definition/walk.js';
import type { ValidationError } from '../validation/errors.js';

/**
 * Where a user is in a form: a step (`0 … steps.length - 1`) or the check-your-answers step
 * (`steps.length`), and whether "next" returns to that review (after "Wijzig", GOV.UK's
 * change-and-return pattern).
 */
export interface FlowPosition {
  step: number;
  returnToReview: boolean;
}

/** The first step. */
export function startPosition(): FlowPosition {
  return { step: 0, returnToReview: false };
}

/**
 * A saved step index (from `sessionStorage`) as a position: clamped into the form, so that a
 * definition with fewer steps than the saved one never points past the review.
 */
export function restorePosition(definition: FormDefinition, savedStep: unknown): FlowPosition {
  const step = typeof savedStep === 'number' && Number.isInteger(savedStep) ? savedStep : 0;
  return { step: Math.min(Math.max(step, 0), definition.steps.length), returnToReview: false };
}

/** Whether the position is the check-your-answers step. */
export function atReview(definition: FormDefinition, position: FlowPosition): boolean {
  return position.step >= definition.steps.length;
}

/** Whether the position is the last step with questions (its button leads to the review). */
export function atLastStep(definition: FormDefinition, position: FlowPosition): boolean {
  return position.step === definition.steps.length - 1;
}

/** The index of the step that asks field `id` (at any depth), or -1. */
export function stepOfField(definition: FormDefinition, id: string): number {
  return definition.steps.findIndex((step) => stepInputIds(step).has(id));
}

/** The errors about fields of step `index`, in their order. */
export function errorsOfStep(definition: FormDefinition, index: number, errors: readonly ValidationError[]): ValidationError[] {
  const step = definition.steps[index];
  if (!step) return [];
  const ids = stepInputIds(step);
  return errors.filter((error) => error.target === 'field' && ids.has(error.field));
}

/**
 * Where to show a set of errors: the step of the first field error, with that step's errors only.
 * Undefined when no error is about a field of a step (declarations, the submission as a whole).
 */
export function routeErrors(definition: FormDefinition, errors: readonly ValidationError[]): { step: number; errors: ValidationError[] } | undefined {
  for (const error of errors) {
    if (error.target !== 'field') continue;
    const step = stepOfField(definition, error.field);
    if (step >= 0) return { step, errors: errorsOfStep(definition, step, errors) };
  }
  return undefined;
}
