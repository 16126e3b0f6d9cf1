import {
  checkAnswers,
  findField,
  inputFields,
  rememberHidden,
  requiredError,
  type FieldValues,
  type FormDefinition,
  type ValidationError,
  type ValuesResult,
} from '@wmebv/core';
import type { FieldAnswer } from '../events.js';
import { attachmentId, describeFiles } from './submission/attachments.js';

type Files = Readonly<Record<string, readonly File[]>>;

/** The answers, the chosen files (in memory only), the file fields to choose again after a reload. */
export interface AnswersState {
  values: FieldValues;
  files: Files;
  filesToReattach: readonly string[];
  /** Answers and files of fields hidden by `visibleWhen`, in memory only, back when shown again (issue 15 item 3). */
  remembered: { values: FieldValues; files: Files };
}

/**
 * The answers after field `id` got `answer`. Files stay in memory; the answer is their attachment
 * ids (`<field>-<n>`). A field hidden by `visibleWhen` leaves the answers with its answer, which is
 * remembered (never stored or sent) and comes back when the field is shown again (docs/decisions.md).
 */
export function withAnswer(form: FormDefinition, state: AnswersState, id: string, answer: FieldAnswer): AnswersState {
  let { files, filesToReattach } = state;
  const chosen = Array.isArray(answer) && findField(form, id)?.type === 'file' ? (answer as File[]) : undefined;
  if (chosen) {
    files = { ...files, [id]: chosen };
    filesToReattach = filesToReattach.filter((field) => field !== id);
  }
  const value: FieldValues[string] = chosen ? chosen.map((_, index) => attachmentId(id, index)) : (answer as FieldValues[string]);
  const { values, hidden } = rememberHidden(form, { ...state.values, [id]: value }, state.remembered.values);
  const allFiles = { ...state.remembered.files, ...files };
  const filesOf = (answers: FieldValues): Files => Object.fromEntries(Object.entries(allFiles).filter(([field]) => field in answers));
  return { values, files: filesOf(values), filesToReattach, remembered: { values: hidden, files: filesOf(hidden) } };
}

/** The agreed declarations after the user ticked (`agreed`, stamped now in ISO 8601) or unticked declaration `id`. */
export function withDeclaration(declarations: Readonly<Record<string, string>>, id: string, agreed: boolean): Record<string, string> {
  const { [id]: _, ...others } = declarations;
  return agreed ? { ...others, [id]: new Date().toISOString() } : others;
}

/** Nothing remembered: after loading, wiping and sending. */
export const NOTHING_REMEMBERED: AnswersState['remembered'] = { values: {}, files: {} };

/** Core's check of the answers (`checkAnswers`), run once per change of answers or files. */
export class CheckedAnswers {
  private last?: { values: FieldValues; files: Files; result: ValuesResult };

  of(form: FormDefinition, values: FieldValues, files: Files): ValuesResult {
    if (this.last?.values !== values || this.last.files !== files) {
      this.last = { values, files, result: checkAnswers(form, values, describeFiles(files)) };
    }
    return this.last.result;
  }
}

/** The error of each required question of `form` left unanswered (once per definition): what an empty step shows. */
export function requiredErrorsOf(form: FormDefinition): ValidationError[] {
  let errors = requiredErrors.get(form);
  if (!errors) requiredErrors.set(form, (errors = inputFields(form).flatMap(({ field }) => (field.required ? [requiredError(field)] : []))));
  return errors;
}
const requiredErrors = new WeakMap<FormDefinition, ValidationError[]>();
