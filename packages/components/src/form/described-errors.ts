import type { describeValidationErrors, FormDefinition, ValidationError } from '@wmebv/core';

/** An error with its sentence in the user's language. */
export interface DescribedError {
  error: ValidationError;
  message: string;
}

/** The errors being shown, each described once. */
export interface ShownErrors {
  /** In their order, for the error summary. */
  list: readonly DescribedError[];
  /** The message of each field or declaration by id (its first error), for the inline messages. */
  byId: ReadonlyMap<string, string>;
}

/**
 * Describes the errors a form shows once per set of errors and language: the summary and every
 * inline message take the same sentences (GOV.UK pattern), and a render that changed neither (an
 * answer typed, a step's re-render) describes nothing again.
 */
export class DescribedErrors {
  private last?: { form: FormDefinition; errors: readonly ValidationError[]; locale: string; shown: ShownErrors };

  /** `describe` is core's `describeValidationErrors`, from the form's lazy part `summary`. */
  of(form: FormDefinition, errors: readonly ValidationError[], locale: string, describe: typeof describeValidationErrors): ShownErrors {
    const last = this.last;
    if (last && last.form === form && last.errors === errors && last.locale === locale) return last.shown;
    const messages = describe(form, errors, locale);
    const list = errors.map((error, index) => ({ error, message: messages[index]! }));
    const byId = new Map<string, string>();
    for (const { error, message } of list) if (!byId.has(error.field)) byId.set(error.field, message);
    this.last = { form, errors, locale, shown: { list, byId } };
    return this.last.shown;
  }
}

/** What a form shows while it has no errors to show. */
export const NO_ERRORS: ShownErrors = { list: [], byId: new Map() };
