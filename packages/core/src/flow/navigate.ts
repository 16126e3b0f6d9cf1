import type { FormDefinition } from '../definition/schema.js';
import type { ValidationError } from '../validation/errors.js';
import type { ValuesResult } from '../validation/validate-values.js';
import { checkDeclarations } from '../validation/declarations.js';
import { atLastStep, atReview, errorsOfStep, routeErrors, type FlowPosition } from './position.js';

/**
 * The result of a move: where the user is now and the errors to show there (empty when the move
 * went through). A move that finds errors leaves the user where the errors are.
 */
export interface FlowMove {
  position: FlowPosition;
  errors: ValidationError[];
}

/**
 * "Volgende stap" (or "Opslaan en terug" after a change): checks the current step; with errors the
 * user stays. Otherwise the next step, or the review after the last step or a change.
 *
 * @param checked the result of `checkAnswers` for the current answers.
 */
export function goNext(definition: FormDefinition, position: FlowPosition, checked: ValuesResult): FlowMove {
  const errors = errorsOfStep(definition, position.step, checked.errors);
  if (errors.length > 0) return { position, errors };
  if (position.returnToReview || atLastStep(definition, position)) return goToReview(definition, position, checked);
  return { position: { step: position.step + 1, returnToReview: false }, errors: [] };
}

/**
 * To the check-your-answers step, checking every step first (a change may have made another step
 * incomplete): with errors, the step of the first error with that step's errors (WCAG 2.2 SC 3.3.1).
 */
export function goToReview(definition: FormDefinition, position: FlowPosition, checked: ValuesResult): FlowMove {
  const routed = routeErrors(definition, checked.errors);
  if (routed) return { position: { step: routed.step, returnToReview: position.returnToReview }, errors: routed.errors };
  return { position: { step: definition.steps.length, returnToReview: false }, errors: [] };
}

/** "Vorige stap": from the review to the last step, from a step to the one before; never below 0. */
export function goBack(definition: FormDefinition, position: FlowPosition): FlowPosition {
  if (atReview(definition, position)) return { step: definition.steps.length - 1, returnToReview: false };
  return { step: Math.max(position.step - 1, 0), returnToReview: false };
}

/** "Wijzig" on the review: to the step with this id, returning to the review after it. */
export function goToChange(definition: FormDefinition, stepId: string): FlowPosition | undefined {
  const step = definition.steps.findIndex((candidate) => candidate.id === stepId);
  return step < 0 ? undefined : { step, returnToReview: true };
}

/**
 * "Verstuur" on the review: the declarations must be agreed to (the same check the server makes)
 * and every step must be complete. With errors: where to show them.
 */
export function checkBeforeSend(definition: FormDefinition, checked: ValuesResult, declarations: Readonly<Record<string, string>>): FlowMove {
  const review: FlowPosition = { step: definition.steps.length, returnToReview: false };
  const moved = goToReview(definition, review, checked);
  if (moved.errors.length > 0) return { position: { ...moved.position, returnToReview: true }, errors: moved.errors };
  return { position: review, errors: checkDeclarations(definition, declarations) };
}

/**
 * What a submit at `position` would find, without moving on: on a step, that step's errors (as
 * `goNext`); on the check-your-answers step, everything a send checks (`checkBeforeSend`, whose
 * position is the step of the first error). A form's `checkValidity()` and `reportValidity()`.
 */
export function checkPosition(
  definition: FormDefinition,
  position: FlowPosition,
  checked: ValuesResult,
  declarations: Readonly<Record<string, string>>,
): FlowMove {
  if (atReview(definition, position)) return checkBeforeSend(definition, checked, declarations);
  return { position, errors: errorsOfStep(definition, position.step, checked.errors) };
}

/**
 * The server refused the message (422, its own validation): a field error goes to its step, with
 * that step's errors, returning to the review afterwards; other errors show on the review.
 */
export function afterRejection(definition: FormDefinition, errors: readonly ValidationError[]): FlowMove {
  const routed = routeErrors(definition, errors);
  if (routed) return { position: { step: routed.step, returnToReview: true }, errors: routed.errors };
  return { position: { step: definition.steps.length, returnToReview: false }, errors: [...errors] };
}
