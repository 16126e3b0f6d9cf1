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

/** core's `describeValidationErrors`, from the form's lazy part `summary`. */
type Describe = typeof describeValidationErrors;

/**
 * Describes the errors a form shows: the summary and every inline message take the same sentences
 * (GOV.UK pattern). A sentence depends on the definition, the language and the error alone (core's
 * `describeValidationError`), so each is made once per definition and language and kept: a render
 * that changed neither errors nor language describes nothing again, a later pass only the errors it
 * had not seen, and sentences prepared while the page was idle (`prepare`, the form's required
 * questions) are the ones a pass then shows (docs/decisions.md).
 */
export class DescribedErrors {
  private last?: { form: FormDefinition; errors: readonly ValidationError[]; locale: string; shown: ShownErrors };
  private sentences?: { form: FormDefinition; locale: string; byError: Map<string, string> };

  /** Describes and keeps the sentences of `errors` not described yet. */
  prepare(form: FormDefinition, errors: readonly ValidationError[], locale: string, describe: Describe): void {
    if (this.sentences?.form !== form || this.sentences.locale !== locale) this.sentences = { form, locale, byError: new Map() };
    const { byError } = this.sentences;
    const missing = errors.filter((error) => !byError.has(errorKey(error)));
    describe(form, missing, locale).forEach((message, index) => byError.set(errorKey(missing[index]!), message));
  }

  /** The errors with their sentences, for the summary and the fields. */
  of(form: FormDefinition, errors: readonly ValidationError[], locale: string, describe: Describe): ShownErrors {
    const last = this.last;
    if (last && last.form === form && last.errors === errors && last.locale === locale) return last.shown;
    this.prepare(form, errors, locale, describe);
    const { byError } = this.sentences!;
    const list = errors.map((error) => ({ error, message: byError.get(errorKey(error))! }));
    const byId = new Map<string, string>();
    for (const { error, message } of list) if (!byId.has(error.field)) byId.set(error.field, message);
    this.last = { form, errors, locale, shown: { list, byId } };
    return this.last.shown;
  }
}

/** What a sentence depends on besides the definition and language: the error's every property. */
function errorKey({ field, target, rule, messageKey, params }: ValidationError): string {
  const key = `${target}\u0000${field}\u0000${rule}\u0000${messageKey}`;
  return Object.keys(params).length === 0 ? key : `${key}\u0000${JSON.stringify(params)}`;
}
