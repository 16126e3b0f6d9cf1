/** A 422 answer's errors read without zod (D8 in docs/decisions.md), as `ValidationErrorsAnswerSchema` decides. */
import type { ValidationError } from './errors.js';
import { checkValidationErrorsAnswer } from './errors-check.generated.js';

/**
 * The errors of a 422 answer (`{ errors: [...] }`, as `@wmebv/server` sends them). Never throws.
 * Members the schema does not name (the server's `message`) are dropped.
 *
 * @returns the errors, or undefined when the answer does not have that shape
 */
export function parseValidationErrors(body: unknown): ValidationError[] | undefined {
  const checked = checkValidationErrorsAnswer(body);
  return checked.ok ? (checked.value as { errors: ValidationError[] }).errors : undefined;
}
